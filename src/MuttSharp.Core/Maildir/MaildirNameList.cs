namespace MuttSharp.Core.Maildir;

/// <summary>
/// The message files of a Maildir as the kernel lists them: each one's name in the folder
/// (<c>new/NAME</c> or <c>cur/NAME</c>, UTF-8, as the header cache keys it) kept in one buffer.
/// No string is made for a name.
/// </summary>
internal sealed class MaildirNameList
{
    private byte[] bytes;
    private int used;
    private readonly List<int> ends = [];

    /// <summary>A list whose buffer starts at <paramref name="expectedBytes"/> (at least 4 KiB), so that a listing as large as expected is not copied as it grows.</summary>
    public MaildirNameList(int expectedBytes = 0) => bytes = new byte[Math.Max(4096, expectedBytes)];

    /// <summary>How many names were listed.</summary>
    public int Count => ends.Count;

    /// <summary>Adds the file <paramref name="fileName"/> of <c>new/</c> or <c>cur/</c>.</summary>
    public void Add(bool inNew, ReadOnlySpan<byte> fileName)
    {
        if (bytes.Length - used < fileName.Length + 4)
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, used + fileName.Length + 4));
        (inNew ? "new/"u8 : "cur/"u8).CopyTo(bytes.AsSpan(used));
        fileName.CopyTo(bytes.AsSpan(used + 4));
        used += fileName.Length + 4;
        ends.Add(used);
    }

    /// <summary>The <paramref name="i"/>-th name in the folder, in the order listed.</summary>
    public ReadOnlySpan<byte> Name(int i)
    {
        int start = i == 0 ? 0 : ends[i - 1];
        return bytes.AsSpan(start, ends[i] - start);
    }
}
