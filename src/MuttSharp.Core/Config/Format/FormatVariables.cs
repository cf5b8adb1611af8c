namespace MuttSharp.Core.Config.Format;

/// <summary>
/// The muttrc variables that hold format strings, and which expandos each understands, as Mutt's
/// manual lists them. <c>$date_format</c> is not here: it is a strftime(3) format, used through
/// <see cref="Strftime"/> by <c>%d</c> and <c>%D</c>.
/// </summary>
public static class FormatVariables
{
    private static readonly Dictionary<string, FormatKind> Kinds = new(StringComparer.Ordinal)
    {
        ["index_format"] = FormatKind.Message,
        ["pager_format"] = FormatKind.Message,
        ["attribution"] = FormatKind.Message,
        ["forward_format"] = FormatKind.Message,
        ["forward_attribution_intro"] = FormatKind.Message,
        ["forward_attribution_trailer"] = FormatKind.Message,
        ["message_format"] = FormatKind.Message,
        ["indent_string"] = FormatKind.Message,
        ["post_indent_string"] = FormatKind.Message,
        ["status_format"] = FormatKind.Status,
        ["ts_status_format"] = FormatKind.Status,
        ["ts_icon_format"] = FormatKind.Status,
        ["compose_format"] = FormatKind.Compose,
        ["folder_format"] = FormatKind.Folder,
        ["sidebar_format"] = FormatKind.Sidebar,
        ["alias_format"] = FormatKind.Alias,
        ["query_format"] = FormatKind.Query,
        ["attach_format"] = FormatKind.Attachment,
    };

    /// <summary>Every format variable's name.</summary>
    public static IEnumerable<string> Names => Kinds.Keys;

    /// <summary>Which expandos the variable <paramref name="name"/> (without <c>$</c>) understands; false when it is not a format variable.</summary>
    public static bool TryGetKind(string name, out FormatKind kind) => Kinds.TryGetValue(name, out kind);
}
