using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;

namespace MuttSharp.Tui.Pager;

/// <summary>The Mutt variables that govern the pager's scrolling, searching and status line.</summary>
public sealed record PagerSettings
{
    /// <summary>Mutt's defaults.</summary>
    public static readonly PagerSettings Default = new();

    /// <summary><c>$pager_stop</c>: <c>next-page</c> at the end stays instead of moving to the next message.</summary>
    public bool PagerStop { get; init; }

    /// <summary><c>$pager_context</c>: rows of the previous page kept when paging.</summary>
    public int PagerContext { get; init; }

    /// <summary><c>$pager_index_lines</c>: rows of mini-index above the message, one of them its status line.</summary>
    public int PagerIndexLines { get; init; }

    /// <summary><c>$pager_skip_quoted_context</c>: rows of quoted text left showing when <c>skip-quoted</c> skips it.</summary>
    public int SkipQuotedContext { get; init; }

    /// <summary><c>$search_context</c>: rows shown above a search match.</summary>
    public int SearchContext { get; init; }

    /// <summary><c>$wrap_search</c>: a search goes round the end of the message.</summary>
    public bool WrapSearch { get; init; } = true;

    /// <summary><c>$tilde</c>: rows past the end of the message show <c>~</c>.</summary>
    public bool Tilde { get; init; }

    /// <summary><c>$pager_format</c>, compiled.</summary>
    public FormatString PagerFormat { get; init; } = FormatString.Get("-%Z- %C/%m: %-20.20n   %s%*  -- (%P)");

    /// <summary>Reads the settings from a loaded configuration.</summary>
    public static PagerSettings FromConfig(MuttConfig config) => new()
    {
        PagerStop = config.GetBool("pager_stop"),
        PagerContext = Count(config, "pager_context"),
        PagerIndexLines = Count(config, "pager_index_lines"),
        SkipQuotedContext = Count(config, "pager_skip_quoted_context"),
        SearchContext = Count(config, "search_context"),
        WrapSearch = config.GetBool("wrap_search"),
        Tilde = config.GetBool("tilde"),
        PagerFormat = FormatString.Get(config.GetString("pager_format")),
    };

    private static int Count(MuttConfig config, string name) => (int)Math.Clamp(config.GetNumber(name), 0, 1000);
}
