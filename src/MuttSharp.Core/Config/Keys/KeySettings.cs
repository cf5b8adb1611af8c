namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// The variables that steer key handling, with their names and defaults. Neither exists in Mutt:
/// <c>$keymap</c> is MuttSharp's profile switch and <c>$key_timeout</c> plays the part of vim's
/// <c>timeoutlen</c> (Mutt and NeoMutt have no such setting; Mutt waits <c>$timeout</c> seconds).
/// </summary>
public static class KeySettings
{
    /// <summary>The variable that selects the key profile (<c>set keymap=mutt</c>).</summary>
    public const string KeymapVariable = "keymap";

    /// <summary>The default of <c>$keymap</c>.</summary>
    public const string KeymapDefault = KeyProfiles.Default;

    /// <summary>The variable holding how long, in milliseconds, a key prefix waits for the next key.</summary>
    public const string KeyTimeoutVariable = "key_timeout";

    /// <summary>The default of <c>$key_timeout</c> in milliseconds: vim's <c>timeoutlen</c>. 0 waits for ever.</summary>
    public const int KeyTimeoutDefaultMilliseconds = 1000;
}
