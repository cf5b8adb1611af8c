using MuttSharp.Core.Config.Muttrc;
using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Config;

/// <summary>Firing hooks: each matching hook's command runs as a muttrc line.</summary>
public sealed partial class MuttConfig
{
    /// <summary>
    /// Runs every <c>folder-hook</c> whose regex matches <paramref name="folderPath"/> (a leading <c>!</c>
    /// negates), in definition order, as Mutt does on entering a folder. The pattern is expanded as a path
    /// first, so <c>=INBOX</c> and <c>~/Mail</c> match the folder's full path.
    /// </summary>
    /// <returns>The number of hooks run.</returns>
    public Task<int> RunFolderHooksAsync(string folderPath, CancellationToken cancellationToken = default) =>
        RunHooksAsync("folder-hook", pattern =>
        {
            string expanded = ExpandHookRegex(pattern);
            return VariableValues.TryCompile(expanded, out var regex, out _) && regex!.IsMatch(folderPath);
        }, cancellationToken);

    /// <summary>
    /// Runs every hook of <paramref name="kind"/> (<c>send-hook</c>, <c>message-hook</c>, <c>reply-hook</c>, ...)
    /// whose pattern <paramref name="matches"/> says applies, in definition order. A leading <c>!</c> on the
    /// pattern is stripped and negates the answer. The caller evaluates patterns because only it has the message.
    /// </summary>
    /// <returns>The number of hooks run; a failing hook command is added to <see cref="Errors"/>.</returns>
    public async Task<int> RunHooksAsync(string kind, Func<string, bool> matches, CancellationToken cancellationToken = default)
    {
        int run = 0;
        foreach (var hook in HookList.ToArray())
        {
            if (hook.Kind != kind)
                continue;
            bool negate = hook.Pattern.StartsWith('!');
            bool hit = matches(negate ? hook.Pattern[1..] : hook.Pattern);
            if (hit == negate)
                continue;
            await Interpreter.ExecuteLineAsync(hook.Command, null, 0, cancellationToken).ConfigureAwait(false);
            run++;
        }
        return run;
    }

    /// <summary>
    /// The first hook of <paramref name="kind"/> whose pattern matches, for hooks that name a value rather than
    /// run a command (<c>save-hook</c>, <c>fcc-hook</c>, <c>mbox-hook</c>, <c>charset-hook</c>, <c>iconv-hook</c>).
    /// </summary>
    public MuttrcHook? FindHook(string kind, Func<string, bool> matches)
    {
        foreach (var hook in HookList)
        {
            if (hook.Kind != kind)
                continue;
            bool negate = hook.Pattern.StartsWith('!');
            if (matches(negate ? hook.Pattern[1..] : hook.Pattern) != negate)
                return hook;
        }
        return null;
    }

    /// <summary>A folder-hook regex may begin with a mailbox shortcut (<c>=</c>, <c>+</c>, <c>~</c>); Mutt expands it and escapes nothing else.</summary>
    private string ExpandHookRegex(string pattern) => pattern.Length > 0 && pattern[0] is '=' or '+' or '~' or '!' or '>' or '<' ? ExpandPath(pattern) : pattern;
}
