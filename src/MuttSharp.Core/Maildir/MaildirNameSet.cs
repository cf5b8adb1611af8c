namespace MuttSharp.Core.Maildir;

/// <summary>
/// What a listing of a Maildir's <c>new/</c> and <c>cur/</c> held, in a few bytes: how many files, and the sum of
/// a 64-bit hash of each (directory, file name), which does not depend on the order the names come in. Two
/// listings with the same count and sum hold the same names but for a chance of 2^-64; the hash is seeded
/// afresh in every process (<see cref="HashCode"/>), so no file name can be chosen to collide. Enough to tell
/// whether a folder is as a header cache last saw it without a string, a stat or a sort
/// (<see cref="MaildirScanner.TryListNames"/>).
/// </summary>
/// <param name="Count">How many files.</param>
/// <param name="Sum">The sum of <see cref="Of"/> over them, wrapping.</param>
internal readonly record struct MaildirNameSet(int Count, ulong Sum)
{
    /// <summary>The set with one more file, named <paramref name="fileName"/> (UTF-8) in <c>new/</c> or <c>cur/</c>.</summary>
    public MaildirNameSet Add(bool inNew, ReadOnlySpan<byte> fileName) => new(Count + 1, unchecked(Sum + Of(inNew, fileName)));

    /// <summary>The hash of one name: two differently started <see cref="HashCode"/>s side by side.</summary>
    public static ulong Of(bool inNew, ReadOnlySpan<byte> fileName)
    {
        var high = default(HashCode);
        high.Add(inNew);
        high.AddBytes(fileName);
        var low = default(HashCode);
        low.Add(inNew ? 0x2545F491 : 0x4F6CDD1D);
        low.AddBytes(fileName);
        return ((ulong)(uint)high.ToHashCode() << 32) | (uint)low.ToHashCode();
    }
}
