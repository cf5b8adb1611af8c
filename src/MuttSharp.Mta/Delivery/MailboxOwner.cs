using System.Diagnostics;
using System.Runtime.InteropServices;
using MuttSharp.Mta.Routing;

namespace MuttSharp.Mta.Delivery;

/// <summary>
/// Acting as the owner of a mailbox when the engine runs as root, as Postfix's local(8) does. Files
/// and directories are created under the owner's file system identity (Linux's per-thread
/// <c>setfsuid</c>/<c>setfsgid</c>), so they belong to the owner and every permission check is the
/// owner's: a symbolic link in a user's Maildir cannot make root write where the user may not. A
/// command runs in a child whose real and effective ids are the owner's (<c>setpriv</c>).
/// </summary>
internal static partial class MailboxOwner
{
    /// <summary>Where the child for a command gets its user and group ids (util-linux).</summary>
    private const string Setpriv = "/usr/bin/setpriv";

    [LibraryImport("libc", EntryPoint = "setfsuid")]
    private static partial int SetFsUid(int uid);

    [LibraryImport("libc", EntryPoint = "setfsgid")]
    private static partial int SetFsGid(int gid);

    /// <summary>True when deliveries must take the owner's identity: the engine is root on Linux.</summary>
    private static bool Switches => OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess;

    /// <summary>True when <paramref name="owner"/> is another account than the engine's root.</summary>
    private static bool NeedsSwitch(SystemUser? owner) => owner is { Uid: > 0 } && Switches;

    /// <summary>
    /// Starts <paramref name="open"/> as <paramref name="owner"/>: everything it does before its first
    /// await that yields (creating directories, opening the file) runs on this thread under the owner's
    /// file system identity; the thread is root again before it can run anything else. What follows on
    /// an already open file needs no identity.
    /// </summary>
    public static Task<T> StartAs<T>(SystemUser? owner, Func<Task<T>> open)
    {
        if (!NeedsSwitch(owner))
            return open();
        SetFsGid(owner!.Gid);
        SetFsUid(owner.Uid);
        try
        {
            // setfsuid reports no error; asking again (-1 changes nothing) tells whether it took.
            if (SetFsUid(-1) != owner.Uid || SetFsGid(-1) != owner.Gid)
                throw new IOException($"cannot take the identity of {owner.Name} (uid {owner.Uid}, gid {owner.Gid})");
            return open();
        }
        finally
        {
            SetFsUid(0);
            SetFsGid(0);
        }
    }

    /// <summary>A start for <paramref name="argv"/> that runs as <paramref name="owner"/> when the engine is root, with its HOME, USER, LOGNAME and SHELL.</summary>
    public static ProcessStartInfo CommandStart(IReadOnlyList<string> argv, SystemUser? owner)
    {
        bool switching = NeedsSwitch(owner);
        var start = new ProcessStartInfo(switching ? Setpriv : argv[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (switching)
        {
            foreach (string arg in (string[])[$"--reuid={owner!.Uid}", $"--regid={owner.Gid}", "--clear-groups", "--"])
                start.ArgumentList.Add(arg);
            start.ArgumentList.Add(argv[0]);
        }
        foreach (string arg in argv.Skip(1))
            start.ArgumentList.Add(arg);
        if (Smtp.SmtpServer.SetInlineCompletions)
            start.Environment.Remove(Smtp.SmtpServer.InlineCompletions);
        if (owner is not null)
        {
            start.Environment["HOME"] = owner.Home;
            start.Environment["USER"] = owner.Name;
            start.Environment["LOGNAME"] = owner.Name;
            start.Environment["SHELL"] = owner.Shell;
        }
        return start;
    }
}
