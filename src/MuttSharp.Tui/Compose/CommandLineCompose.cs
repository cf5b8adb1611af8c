using MuttSharp.Core.Compose;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Functions;

namespace MuttSharp.Tui.Compose;

/// <summary>
/// <c>muttsharp [-s subject] [-c cc] [-b bcc] [-a file] [-i file] [-H draft] addr...</c> on a terminal: as Mutt
/// does when its input is not redirected, the message is composed on the screen (envelope prompts, editor, compose
/// menu) with no folder open, and the reader ends once it is sent, postponed or abandoned.
/// </summary>
public static class CommandLineCompose
{
    /// <summary>Runs the compose flow on <paramref name="reader"/>'s screen, then quits the screen.</summary>
    /// <param name="reader">The reader, attached to a running application.</param>
    /// <param name="seed">What the command line gave: recipients, subject, text, attachments, or a whole draft.</param>
    /// <param name="fromDraftFile">True for <c>-H</c>: the draft goes to the editor without the envelope prompts.</param>
    /// <returns>True when the message was sent; Mutt exits 1 otherwise.</returns>
    public static async Task<bool> RunAsync(Reader reader, Draft seed, bool fromDraftFile)
    {
        var call = new FunctionCall("mail", KeyMenu.Index, reader.Index, reader.Shell, TagPrefix: false);
        bool sent = false;
        try
        {
            await ComposeFunctions.GuardAsync(call, async () => sent = await ComposeFunctions.ComposeFromCommandLineAsync(call, seed, fromDraftFile));
        }
        finally
        {
            reader.Shell.Quit();
        }
        return sent;
    }
}
