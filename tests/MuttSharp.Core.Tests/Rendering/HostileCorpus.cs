using System.Text;

namespace MuttSharp.Core.Tests.Rendering;

/// <summary>
/// Hostile messages, generated here rather than committed: escape sequences in headers, bodies and
/// file names, broken MIME, deep nesting, very long lines, unknown charsets, huge headers.
/// </summary>
internal static class HostileCorpus
{
    private const string Esc = "\u001b";

    public static IEnumerable<object[]> Names => Messages.Keys.Select(k => new object[] { k });

    public static readonly IReadOnlyDictionary<string, Func<byte[]>> Messages = new Dictionary<string, Func<byte[]>>
    {
        ["escapes-in-headers"] = () => Ascii(
            $"From: {Esc}[31mEvil{Esc}[0m <e@x>\nSubject: {Esc}]0;title\u0007{Esc}P+q\u009c\u202Ereversed \u0085 next\n"
            + "To: =?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Esc}[2J\u009b31m\u2066x")) + "?=\n\nbody\n"),
        ["escapes-in-body"] = () => Ascii(
            $"Subject: b\nContent-Type: text/plain; charset=utf-8\n\nline {Esc}[2J{Esc}]52;c;aGk=\u0007 {Esc}[?1049h\r\x07bell\x08\x7f\u202D\n"),
        ["escapes-in-qp-and-base64"] = () => Ascii(
            "Subject: q\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Transfer-Encoding: quoted-printable\n\n=1B[31mred=1B]0;t=07\n"
            + "--x\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\n"
            + Convert.ToBase64String(Encoding.UTF8.GetBytes($"<p>{Esc}[1mx</p><a href=\"http://e/{Esc}]8;;x\u0007\">l</a>")) + "\n--x--\n"),
        ["escapes-in-file-names"] = () => Ascii(
            "Subject: f\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nhi\n--x\n"
            + $"Content-Type: application/octet-stream; name=\"{Esc}[31m../../.bashrc\"\n"
            + "Content-Disposition: attachment; filename*=UTF-8''%1B%5D0%3Bpwn%07%E2%80%AEfdp.exe\n"
            + $"Content-Description: {Esc}[8m hidden\n\nAAAA\n--x--\n"),
        ["broken-mime"] = () => Ascii(
            "Subject: broken\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\n--nothing\nContent-Type: text/plain; charset=\"\n"
            + "Content-Transfer-Encoding: base64\n\n!!!not base64!!!\n--nothing\nContent-Type: /\n\nx\n"),
        ["unterminated-multipart"] = () => Ascii(
            "Subject: u\nContent-Type: multipart/alternative; boundary=q\n\n--q\nContent-Type: text/plain; format=flowed; delsp=yes\n\nsoft \nsoft \n"),
        ["bad-quoted-printable"] = () => Ascii(
            "Subject: qp\nContent-Transfer-Encoding: quoted-printable\n\n=ZZ=4=\n=E2=80 trailing =\n"),
        ["unknown-charsets"] = () => Bytes(
            "Subject: =?x-klingon?Q?=FF=FE?= =?utf-8?B?////?=\nContent-Type: text/plain; charset=x-klingon\n\n", [0xff, 0xfe, 0x80, 0x1b, 0x5b, 0x32, 0x4a, 0x0a]),
        ["binary-garbage"] = () => Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 7919 % 256)).ToArray(),
        ["no-headers"] = () => Ascii("\n\nonly a body\n"),
        ["empty"] = () => [],
        ["deep-multipart"] = () => Ascii(DeepMultipart(1000)),
        ["deep-message-rfc822"] = () => Ascii(DeepMessage(1000)),
        ["deep-flowed-quotes"] = () => Ascii("Subject: d\nContent-Type: text/plain; format=flowed\n\n" + new string('>', 5000) + " deep \n" + new string('>', 5000) + " er\n"),
        ["ten-megabyte-line"] = () => Ascii("Subject: long\n\n" + new string('x', 10 * 1024 * 1024) + "\n"),
        ["megabyte-line-of-words"] = () => Ascii("Subject: long\n\n" + string.Concat(Enumerable.Repeat("word ", 200 * 1024)) + "\n"),
        ["huge-header"] = () => Ascii("Subject: " + new string('s', 1024 * 1024) + "\nTo: " + string.Join(", ", Enumerable.Range(0, 20000).Select(i => $"u{i}@x")) + "\n\nb\n"),
        ["many-headers"] = () => Ascii(string.Concat(Enumerable.Range(0, 50000).Select(i => $"X-H{i}: v\n")) + "\nb\n"),
        ["many-parts"] = () => Ascii("Subject: p\nContent-Type: multipart/mixed; boundary=b\n\n"
            + string.Concat(Enumerable.Range(0, 5000).Select(i => $"--b\nContent-Type: application/x-{i}\n\n{i}\n")) + "--b--\n"),
    };

    private static string DeepMultipart(int depth)
    {
        var sb = new StringBuilder("Subject: deep\nMIME-Version: 1.0\n");
        for (int i = 0; i < depth; i++)
            sb.Append($"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n");
        sb.Append("Content-Type: text/plain\n\nbottom\n");
        for (int i = depth - 1; i >= 0; i--)
            sb.Append($"--b{i}--\n");
        return sb.ToString();
    }

    private static string DeepMessage(int depth)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++)
            sb.Append($"Subject: level {i}\nContent-Type: message/rfc822\n\n");
        sb.Append("Subject: bottom\n\nbottom\n");
        return sb.ToString();
    }

    private static byte[] Ascii(string text) => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"));

    private static byte[] Bytes(string head, byte[] tail) => [.. Ascii(head), .. tail];
}
