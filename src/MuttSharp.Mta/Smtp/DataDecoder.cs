
namespace MuttSharp.Mta.Smtp;

/// <summary>
/// Turns the bytes after DATA (RFC 5321 §4.5.2: dot-stuffed, CRLF lines) or after BDAT (raw) into
/// the stored form: unstuffed, LF line ends. Only CR LF . CR LF ends DATA; a lone LF or CR is either
/// refused (<see cref="BareNewline.Reject"/>) or normalized, and a dot after a lone LF never ends the
/// message, so the smuggling sequences <c>\n.\r\n</c>, <c>\n.\n</c> and <c>\r.\r</c> stay content.
/// Also counts the size (against message_size_limit), the header bytes and the Received: headers.
/// </summary>
internal sealed class DataDecoder
{
    private enum State
    {
        LineStart,
        SoftLineStart,
        Middle,
        Cr,
        Dot,
        DotCr,
        SoftDot,
        SoftDotCr,
    }

    private static readonly byte[] ReceivedPrefix = "received:"u8.ToArray();

    private readonly BareNewline policy;
    private readonly bool dotStuffed;
    private readonly long sizeLimit;
    private readonly long headerLimit;
    private State state;
    private bool inHeaders = true;
    private int lineLength;
    private bool receivedSoFar = true;

    // dotStuffed: True for DATA, false for BDAT chunks.
    public DataDecoder(BareNewline policy, bool dotStuffed, long sizeLimit, long headerLimit)
    {
        this.policy = policy;
        this.dotStuffed = dotStuffed;
        this.sizeLimit = sizeLimit <= 0 ? long.MaxValue : sizeLimit;
        this.headerLimit = headerLimit <= 0 ? long.MaxValue : headerLimit;
        state = State.LineStart;
    }

    /// <summary>Bytes of message content produced so far (after unstuffing and CRLF to LF).</summary>
    public long Size { get; private set; }

    /// <summary>True once the content went past message_size_limit; what follows is dropped.</summary>
    public bool SizeExceeded => Size > sizeLimit;

    /// <summary>Bytes of the header section so far.</summary>
    public long HeaderSize { get; private set; }

    /// <summary>True once the header section went past header_size_limit.</summary>
    public bool HeaderExceeded => HeaderSize > headerLimit;

    /// <summary>Received: headers seen in the header section (the hop count).</summary>
    public int ReceivedCount { get; private set; }

    /// <summary>True when the DATA end marker was seen.</summary>
    public bool Finished { get; private set; }

    /// <summary>Set when the policy refused a lone CR or LF: "LF" or "CR".</summary>
    public string? BareNewlineError { get; private set; }

    /// <summary>
    /// Decodes <paramref name="input"/> into <paramref name="output"/> (which needs input.Length + 2
    /// bytes) and returns how many input bytes were used: fewer than given only when the end marker
    /// came first (the rest is the client's next command) or on a refused bare newline.
    /// </summary>
    public int Decode(ReadOnlySpan<byte> input, Span<byte> output, out int written)
    {
        int o = 0;
        int i = 0;
        while (i < input.Length && !Finished && BareNewlineError is null)
        {
            if (state == State.Middle && !inHeaders)
            {
                // Inside a body line nothing but CR and LF means anything: the run up to one is copied whole.
                int run = input[i..].IndexOfAny((byte)'\r', (byte)'\n');
                int length = run < 0 ? input.Length - i : run;
                if (length > 0)
                {
                    o = EmitRun(input.Slice(i, length), output, o);
                    i += length;
                    continue;
                }
            }
            byte b = input[i++];
            switch (state)
            {
                case State.LineStart when dotStuffed && b == '.':
                    state = State.Dot;
                    break;
                case State.SoftLineStart when dotStuffed && b == '.':
                    state = State.SoftDot;
                    break;
                case State.LineStart or State.SoftLineStart or State.Middle:
                    o = Middle(b, output, o);
                    break;
                case State.Cr:
                    if (b == '\n')
                    {
                        o = Emit((byte)'\n', output, o);
                        state = State.LineStart;
                    }
                    else if (Bare("CR"))
                        o = AfterStrayCr(b, output, o);
                    break;
                case State.Dot:
                    if (b == '\r')
                        state = State.DotCr;
                    else if (b == '\n')
                    {
                        if (Bare("LF"))
                            o = EmitLoneDotLine(output, o);
                    }
                    else
                        o = Middle(b, output, o);
                    break;
                case State.DotCr:
                    if (b == '\n')
                        Finished = true;
                    else if (Bare("CR"))
                        o = AfterStrayCr(b, output, o);
                    break;
                case State.SoftDot:
                    if (b == '\r')
                        state = State.SoftDotCr;
                    else if (b == '\n')
                        o = EmitLoneDotLine(output, o);
                    else
                        o = Middle(b, output, o);
                    break;
                case State.SoftDotCr:
                    // "\n.\r\n": a lone LF before the dot, so not the end marker: keep the line.
                    if (b == '\n')
                    {
                        o = EmitLoneDotLine(output, o);
                        state = State.LineStart;
                    }
                    else
                    {
                        o = Emit((byte)'.', output, o);
                        o = AfterStrayCr(b, output, o);
                    }
                    break;
            }
        }
        written = o;
        return i;
    }

    /// <summary>At the end of the last BDAT chunk: a trailing lone CR becomes a space, as elsewhere.</summary>
    public int Flush(Span<byte> output)
    {
        if (state == State.Cr && Bare("CR"))
        {
            state = State.Middle;
            return Emit((byte)' ', output, 0);
        }
        return 0;
    }

    private int Middle(byte b, Span<byte> output, int o)
    {
        if (b == '\r')
        {
            state = State.Cr;
            return o;
        }
        if (b == '\n')
        {
            // A lone LF: a line end only under normalize, and never one that a dot may follow to end DATA.
            if (!Bare("LF"))
                return o;
            o = Emit((byte)'\n', output, o);
            state = State.SoftLineStart;
            return o;
        }
        state = State.Middle;
        return Emit(b, output, o);
    }

    /// <summary>A CR not followed by LF becomes a space (as cleanup_replace_stray_cr_lf), then the byte after it is read.</summary>
    private int AfterStrayCr(byte b, Span<byte> output, int o)
    {
        o = Emit((byte)' ', output, o);
        return Middle(b, output, o);
    }

    private int EmitLoneDotLine(Span<byte> output, int o)
    {
        o = Emit((byte)'.', output, o);
        o = Emit((byte)'\n', output, o);
        state = State.SoftLineStart;
        return o;
    }

    private bool Bare(string what)
    {
        if (policy == BareNewline.Reject)
        {
            BareNewlineError = what;
            return false;
        }
        return true;
    }

    private int Emit(byte b, Span<byte> output, int o)
    {
        Size++;
        if (inHeaders)
            TrackHeader(b);
        if (Size > sizeLimit)
            return o;
        output[o] = b;
        return o + 1;
    }

    /// <summary>Body bytes in bulk: counted as <see cref="Emit"/> counts them, copied up to message_size_limit.</summary>
    private int EmitRun(ReadOnlySpan<byte> run, Span<byte> output, int o)
    {
        long room = sizeLimit - Size;
        Size += run.Length;
        int take = room <= 0 ? 0 : (int)Math.Min(room, run.Length);
        run[..take].CopyTo(output[o..]);
        return o + take;
    }

    private void TrackHeader(byte b)
    {
        HeaderSize++;
        if (b == '\n')
        {
            if (lineLength == 0)
                inHeaders = false;
            else if (receivedSoFar && lineLength >= ReceivedPrefix.Length)
                ReceivedCount++;
            lineLength = 0;
            receivedSoFar = true;
            return;
        }
        if (lineLength < ReceivedPrefix.Length && receivedSoFar)
            receivedSoFar = (byte)(b | 0x20) == ReceivedPrefix[lineLength];
        lineLength++;
    }
}
