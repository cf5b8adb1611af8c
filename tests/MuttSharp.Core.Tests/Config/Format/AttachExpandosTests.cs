using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class AttachExpandosTests
{
    private const string MuttDefault = "%u%D%I %t%4n %T%.40d%> [%.7m/%.10M, %.6e%?C?, %C?, %s] ";

    private static string Render(string format, AttachmentEntry entry, int columns = 60) =>
        FormatString.Get(format).Render(AttachExpandos.Create(), entry, new FormatOptions { Columns = columns });

    [Fact]
    public void Mutts_default_line_for_an_inline_text_part()
    {
        var body = new AttachmentEntry(1, "text", "plain") { Inline = true, Charset = "utf-8", Encoding = "8bit", Size = 300 };
        string right = " [text/plain, 8bit, utf-8, 0.3K] ";

        Assert.Equal("  I     1 " + new string(' ', 60 - 10 - right.Length) + right, Render(MuttDefault, body));
    }

    [Fact]
    public void Mutts_default_line_for_a_nested_attachment()
    {
        var pdf = new AttachmentEntry(2, "application", "pdf")
        {
            Tree = "└─>",
            DispositionFilename = "facture-2017.pdf",
            Encoding = "base64",
            Size = 120_000,
            Tagged = true,
            Deleted = true,
        };
        string left = " DA *   2 └─>facture-2017.pdf";
        string right = " [applica/pdf, base64, 117K] ";

        Assert.Equal(left + new string(' ', 70 - left.Length - right.Length) + right, Render(MuttDefault, pdf, 70));
    }

    [Fact]
    public void Description_falls_back_to_the_file_names()
    {
        var part = new AttachmentEntry(1, "image", "png") { Filename = "/tmp/shot.png" };

        Assert.Equal("/tmp/shot.png|/tmp/shot.png|/tmp/shot.png", Render("%d|%F|%f", part));
        Assert.Equal("Screenshot", Render("%d", part with { Description = "Screenshot" }));
        Assert.Equal("n - Q 0", Render("%c %u %Q %X", part with { Unlink = true, Counts = true }));
    }
}
