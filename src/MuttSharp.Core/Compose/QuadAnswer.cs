using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Compose;

/// <summary>Resolves a quad-option: <c>yes</c>/<c>no</c> answer themselves, <c>ask-*</c> ask (or take their default when nobody can be asked).</summary>
internal static class QuadAnswer
{
    public static Task<bool> DecideAsync(QuadOption option, string question, AskQuestion? ask) => option switch
    {
        QuadOption.Yes => Task.FromResult(true),
        QuadOption.No => Task.FromResult(false),
        _ => ask?.Invoke(question, option == QuadOption.AskYes) ?? Task.FromResult(option == QuadOption.AskYes),
    };
}
