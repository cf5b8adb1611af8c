using MimeKit;

namespace MuttSharp.Core.Rendering.Attachments;

/// <summary>
/// Whether content is text or binary, by Mutt's rule for a file of unknown type: text when it has no
/// control bytes, or when they are fewer than one byte in ten (a NUL byte makes it binary at once).
/// Only the start of the content is read.
/// </summary>
public static class BinaryContent
{
    /// <summary>How much of the content is looked at: enough to tell, without reading a large file whole.</summary>
    public const int SampleBytes = 8192;

    /// <summary>True when <paramref name="sample"/> reads as binary rather than text.</summary>
    public static bool IsBinary(ReadOnlySpan<byte> sample)
    {
        int control = 0;
        foreach (byte b in sample)
        {
            if (b == 0)
                return true;
            if ((b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f' and not 0x1b) || b == 0x7f)
                control++;
        }
        return control > 0 && sample.Length / control < 10;
    }

    /// <summary>True when the decoded start of <paramref name="part"/> reads as binary.</summary>
    public static async Task<bool> IsBinaryAsync(MimePart part, CancellationToken cancellationToken = default)
    {
        if (part.Content is not { } content)
            return false;
        await using var decoded = content.Open();
        return await IsBinaryAsync(decoded, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when the start of <paramref name="stream"/> reads as binary; the stream is read from where it is.</summary>
    public static async Task<bool> IsBinaryAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[SampleBytes];
        int read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return IsBinary(buffer.AsSpan(0, read));
    }
}
