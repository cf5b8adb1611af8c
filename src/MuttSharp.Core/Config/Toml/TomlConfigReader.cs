using System.Globalization;
using System.Text;
using MuttSharp.Core.Config.Muttrc;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace MuttSharp.Core.Config.Toml;

/// <summary>
/// Applies <c>config.toml</c>: top-level keys are Mutt variable names (<c>sort = "threads"</c>,
/// <c>mail_check = 60</c>, <c>beep = false</c>, <c>my_name = "..."</c>); a key named after a list-building
/// muttrc command takes an array (<c>mailboxes = ["+INBOX", "+Sent"]</c>); <c>commands</c> is an array of
/// muttrc lines (for <c>bind</c>, <c>color</c>, hooks, ...); the <c>[aliases]</c> table maps alias names to
/// addresses. Every value goes through the same checks as the muttrc line it stands for; errors name the
/// file and line and the rest of the file still applies.
/// </summary>
public static class TomlConfigReader
{
    /// <summary>Keys whose array elements each become one argument of the muttrc command of the same name.</summary>
    private static readonly HashSet<string> ListCommands = new(StringComparer.Ordinal)
    {
        "mailboxes", "alternates", "lists", "subscribe", "ignore", "unignore", "hdr_order", "auto_view",
        "alternative_order", "mime_lookup", "my_hdr",
    };

    /// <summary>Reads and applies the file at <paramref name="path"/>.</summary>
    /// <returns>False when the file could not be read or had errors (added to <see cref="MuttConfig.Errors"/>).</returns>
    public static async Task<bool> ApplyFileAsync(MuttConfig config, string path, CancellationToken cancellationToken = default)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            config.AddError(new MuttrcError(null, 0, $"{path}: {e.Message}"));
            return false;
        }
        return await ApplyAsync(config, text, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies TOML text; <paramref name="source"/> names it in error messages.</summary>
    public static async Task<bool> ApplyAsync(MuttConfig config, string text, string source, CancellationToken cancellationToken = default)
    {
        int errorsBefore = config.Errors.Count;
        var document = SyntaxParser.Parse(text, source, false);
        if (document.HasErrors)
        {
            foreach (var diagnostic in document.Diagnostics)
                config.AddError(new MuttrcError(source, diagnostic.Span.Start.Line + 1, diagnostic.Message));
            return false;
        }

        foreach (var keyValue in document.KeyValues)
            await ApplyTopLevelAsync(config, keyValue, source, cancellationToken).ConfigureAwait(false);

        foreach (var table in document.Tables)
        {
            string name = KeyText(table.Name);
            int line = table.Span.Start.Line + 1;
            if (name != "aliases" || table is not TableSyntax)
            {
                config.AddError(new MuttrcError(source, line, $"[{name}]: unknown table (only [aliases] is read)"));
                continue;
            }
            foreach (var alias in table.Items)
            {
                int aliasLine = alias.Span.Start.Line + 1;
                if (alias.Value is StringValueSyntax { Value: { } address })
                    await RunAsync(config, $"alias {Quote(KeyText(alias.Key))} {address}", source, aliasLine, cancellationToken).ConfigureAwait(false);
                else
                    config.AddError(new MuttrcError(source, aliasLine, $"{KeyText(alias.Key)}: an alias needs a string of addresses"));
            }
        }
        return config.Errors.Count == errorsBefore;
    }

    private static async Task ApplyTopLevelAsync(MuttConfig config, KeyValueSyntax keyValue, string source, CancellationToken cancellationToken)
    {
        string key = KeyText(keyValue.Key);
        int line = keyValue.Span.Start.Line + 1;
        if (keyValue.Value is ArraySyntax array)
        {
            var items = new List<string>();
            foreach (var item in array.Items)
            {
                if (Scalar(item.Value) is not { } element)
                {
                    config.AddError(new MuttrcError(source, line, $"{key}: array elements must be strings"));
                    return;
                }
                items.Add(element);
            }
            if (key == "commands")
            {
                foreach (string command in items)
                    await RunAsync(config, command, source, line, cancellationToken).ConfigureAwait(false);
            }
            else if (ListCommands.Contains(key))
            {
                foreach (string item in items)
                    await RunAsync(config, $"{key} {(key == "my_hdr" ? item : Quote(item))}", source, line, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                config.AddError(new MuttrcError(source, line, $"{key}: takes no array"));
            }
            return;
        }
        if (Scalar(keyValue.Value) is not { } value)
        {
            config.AddError(new MuttrcError(source, line, $"{key}: value must be a string, integer or boolean"));
            return;
        }
        if (!config.TrySetVariable(key, value, out string? error))
            config.AddError(new MuttrcError(source, line, error!));
    }

    /// <summary>A TOML scalar as the text a muttrc would give: booleans are yes/no.</summary>
    private static string? Scalar(ValueSyntax? value) => value switch
    {
        StringValueSyntax text => text.Value,
        IntegerValueSyntax number => number.Value.ToString(CultureInfo.InvariantCulture),
        BooleanValueSyntax flag => flag.Value ? "yes" : "no",
        _ => null,
    };

    private static async Task RunAsync(MuttConfig config, string line, string source, int number, CancellationToken cancellationToken) =>
        await config.Interpreter.ExecuteLineAsync(line, source, number, cancellationToken).ConfigureAwait(false);

    private static string KeyText(KeySyntax? key)
    {
        if (key is null)
            return "";
        var builder = new StringBuilder(Part(key.Key));
        foreach (var dotted in key.DotKeys)
            builder.Append('.').Append(Part(dotted.Key));
        return builder.ToString();
    }

    private static string Part(BareKeyOrStringValueSyntax? part) => part switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax text => text.Value ?? "",
        _ => "",
    };

    /// <summary>Quotes a value as one muttrc argument taken literally.</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in value)
        {
            if (c is '\\' or '"' or '$' or '`')
                builder.Append('\\');
            builder.Append(c);
        }
        return builder.Append('"').ToString();
    }
}
