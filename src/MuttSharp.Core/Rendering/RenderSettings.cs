using System.Text.RegularExpressions;
using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Rendering;

/// <summary>The Mutt variables and lists that govern how the pager renders a message, read once from a <see cref="MuttConfig"/>.</summary>
public sealed record RenderSettings
{
    /// <summary>Mutt's defaults with no muttrc: every header shown, text wrapped to the screen.</summary>
    public static readonly RenderSettings Default = new();

    /// <summary><c>$weed</c>: hide the headers <c>ignore</c> names.</summary>
    public bool Weed { get; init; } = true;

    /// <summary><c>ignore</c> prefixes (lower-case, <c>*</c> for all).</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary><c>unignore</c> prefixes that override <see cref="Ignore"/>.</summary>
    public IReadOnlyList<string> Unignore { get; init; } = [];

    /// <summary><c>hdr_order</c>: these headers first, in this order.</summary>
    public IReadOnlyList<string> HeaderOrder { get; init; } = [];

    /// <summary><c>alternative_order</c>: preferred types in a multipart/alternative (<c>text/plain</c>, <c>text/*</c>, <c>text</c>).</summary>
    public IReadOnlyList<string> AlternativeOrder { get; init; } = [];

    /// <summary><c>auto_view</c>: types shown through a mailcap <c>copiousoutput</c> entry.</summary>
    public IReadOnlyList<string> AutoView { get; init; } = [];

    /// <summary><c>$implicit_autoview</c>: any part with a <c>copiousoutput</c> entry is shown through it.</summary>
    public bool ImplicitAutoview { get; init; }

    /// <summary><c>$honor_disposition</c>: a part marked <c>attachment</c> is announced, not shown.</summary>
    public bool HonorDisposition { get; init; }

    /// <summary><c>$wrap</c>: 0 wraps at the screen's width, a positive value at that column, a negative one that many columns short of the edge.</summary>
    public int Wrap { get; init; }

    /// <summary><c>$smart_wrap</c>: break long lines at a word boundary.</summary>
    public bool SmartWrap { get; init; } = true;

    /// <summary><c>$markers</c>: a <c>+</c> starts each continuation row.</summary>
    public bool Markers { get; init; } = true;

    /// <summary><c>$reflow_text</c>: refill format=flowed paragraphs to the screen.</summary>
    public bool ReflowText { get; init; } = true;

    /// <summary><c>$reflow_wrap</c>: the column reflowed text is filled to (0: the screen; negative: short of it).</summary>
    public int ReflowWrap { get; init; } = 78;

    /// <summary><c>$reflow_space_quotes</c>: reflowed quotes read <c>&gt; &gt; </c> rather than <c>&gt;&gt; </c>.</summary>
    public bool ReflowSpaceQuotes { get; init; } = true;

    /// <summary><c>$quote_regexp</c>: what starts a quoted line.</summary>
    public Regex? QuoteRegexp { get; init; } = new(@"^([ \t]*[|>:}#])+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary><c>$smileys</c>: what looks like a quote but is not.</summary>
    public Regex? Smileys { get; init; } = new(@"(>From )|(:[-^]?[\]\[)(><}{|/DP])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary><c>$assumed_charset</c>: charsets tried, in order, for text whose charset is missing or unknown.</summary>
    public IReadOnlyList<string> AssumedCharsets { get; init; } = [];

    /// <summary><c>$allow_ansi</c>: ANSI colour sequences in the text are shown as colours (every other escape is still stripped).</summary>
    public bool AllowAnsi { get; init; }

    /// <summary>The key bound to <c>view-attachments</c> in the pager, named in the "unsupported" banner.</summary>
    public string ViewAttachmentsKey { get; init; } = "v";

    /// <summary>The bounds on hostile input.</summary>
    public RenderLimits Limits { get; init; } = RenderLimits.Default;

    /// <summary>Reads the settings from a loaded configuration.</summary>
    public static RenderSettings FromConfig(MuttConfig config) => new()
    {
        Weed = config.GetBool("weed"),
        Ignore = [.. config.IgnoredHeaders],
        Unignore = [.. config.UnignoredHeaders],
        HeaderOrder = [.. config.HeaderOrder],
        AlternativeOrder = [.. config.AlternativeOrder],
        AutoView = [.. config.AutoView],
        ImplicitAutoview = config.GetBool("implicit_autoview"),
        HonorDisposition = config.GetBool("honor_disposition"),
        Wrap = (int)Math.Clamp(config.GetNumber("wrap"), -10000, 10000),
        SmartWrap = config.GetBool("smart_wrap"),
        Markers = config.GetBool("markers"),
        ReflowText = config.GetBool("reflow_text"),
        ReflowWrap = (int)Math.Clamp(config.GetNumber("reflow_wrap"), -10000, 10000),
        ReflowSpaceQuotes = config.GetBool("reflow_space_quotes"),
        QuoteRegexp = config.GetRegex("quote_regexp"),
        Smileys = config.GetRegex("smileys"),
        AllowAnsi = config.GetBool("allow_ansi"),
        AssumedCharsets = config.GetString("assumed_charset").Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        ViewAttachmentsKey = config.GetExtension<KeyConfiguration>().Build().KeysFor(KeyMenu.Pager, "view-attachments")
            .Select(keys => keys.ToString()).FirstOrDefault() ?? "v",
    };

    /// <summary>The column body text wraps at on a screen <paramref name="columns"/> wide (<c>$wrap</c>).</summary>
    public int WrapColumns(int columns) => Clip(Wrap, columns);

    /// <summary>The column flowed text is filled to on a screen <paramref name="columns"/> wide (<c>$reflow_wrap</c> within <c>$wrap</c>).</summary>
    public int ReflowColumns(int columns) => Clip(ReflowWrap, WrapColumns(columns));

    // Mutt's rule for $wrap and $reflow_wrap: 0 is the width, positive caps it, negative is taken off it.
    private static int Clip(int setting, int columns)
    {
        int width = setting switch
        {
            > 0 => Math.Min(setting, columns),
            < 0 => columns + setting,
            _ => columns,
        };
        return width > 0 ? width : columns;
    }
}
