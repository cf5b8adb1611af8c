namespace MuttSharp.Mta.Submission;

/// <summary>Reads a message from sendmail's standard input with Sendmail's rules.</summary>
public static class SendmailInput
{
    /// <summary>
    /// Reads to end of input, or, unless <paramref name="ignoreDots"/> (<c>-i</c>/<c>-oi</c>), to a
    /// line holding a single dot. CRLF line ends become LF.
    /// </summary>
    public static async Task<byte[]> ReadAsync(Stream input, bool ignoreDots, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        byte[] all = buffer.ToArray();
        using var output = new MemoryStream(all.Length);
        int start = 0;
        while (start < all.Length)
        {
            int lf = Array.IndexOf(all, (byte)'\n', start);
            int end = lf < 0 ? all.Length : lf;
            int contentEnd = end > start && all[end - 1] == '\r' ? end - 1 : end;
            var line = all.AsSpan(start, contentEnd - start);
            if (!ignoreDots && line.Length == 1 && line[0] == '.')
                break;
            output.Write(line);
            output.WriteByte((byte)'\n');
            start = end + 1;
        }
        return output.ToArray();
    }
}
