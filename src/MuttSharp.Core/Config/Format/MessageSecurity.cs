namespace MuttSharp.Core.Config.Format;

/// <summary>What PGP/S-MIME state a message shows in <c>%Z</c> and <c>%zc</c> (the <c>$crypt_chars</c> positions).</summary>
public enum MessageSecurity
{
    /// <summary>No cryptography: <c>$crypt_chars</c>' fifth character (a space).</summary>
    None,

    /// <summary>Signed, and the signature verified: <c>S</c>.</summary>
    GoodSignature,

    /// <summary>Encrypted: <c>P</c>.</summary>
    Encrypted,

    /// <summary>Signed, not (yet) verified: <c>s</c>.</summary>
    Signed,

    /// <summary>Contains a PGP public key: <c>K</c>.</summary>
    PublicKey,
}
