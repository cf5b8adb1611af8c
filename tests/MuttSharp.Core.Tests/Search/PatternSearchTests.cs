using System.Text;
using MuttSharp.Core.Model;
using MuttSharp.Core.Search;
using static MuttSharp.Core.Tests.Search.TestMessages;

namespace MuttSharp.Core.Tests.Search;

public sealed class PatternSearchTests
{
    private static async Task<int[]> Search(string pattern, IReadOnlyList<Message> messages, PatternContext? context = null)
    {
        var result = await PatternSearch.FilterAsync(messages, Parse(pattern), context ?? new PatternContext());
        return result.Matches.Select(m => m.Number).ToArray();
    }

    [Theory]
    [InlineData("~b Grüße", new[] { 0 })]                 // quoted-printable UTF-8
    [InlineData("~b flamingo", new[] { 0 })]              // a soft line break joins the word
    [InlineData("~b 'Déjà vu'", new[] { 1 })]             // base64 ISO-8859-1
    [InlineData("~b 'très bien'", new[] { 1 })]
    [InlineData("~b мир", new[] { 2 })]                   // 8bit KOI8-R
    [InlineData("~b walrus", new[] { 3 })]                // the text/plain of an alternative
    [InlineData("~b narwhal", new int[0])]                // not its text/html twin
    [InlineData("~b penguin", new[] { 3 })]               // an attached message's body
    [InlineData("~b 'Inner subject'", new[] { 3 })]       // and its headers
    [InlineData("~b okapi", new[] { 3 })]                 // a text attachment
    [InlineData("~b Ünïcödé", new int[0])]                // ~b is the body only
    [InlineData("~B Ünïcödé", new[] { 3 })]               // ~B sees the decoded headers too
    [InlineData("~B '^X-Mailer: Golden'", new[] { 3 })]
    [InlineData("~B flamingo", new[] { 0 })]
    [InlineData("~h '^Subject: Déjà'", new[] { 1 })]      // ~h: decoded header lines
    [InlineData("~h ^x-mailer:", new[] { 3 })]
    [InlineData("~h flamingo", new int[0])]
    [InlineData("=b 'SAUTE'", new int[0])]                // substring, case-sensitive because upper case
    [InlineData("=b 'saute'", new[] { 1 })]
    [InlineData("~b '^Ça va'", new[] { 1 })]              // ^ anchors at each line
    [InlineData("~b 'saute\\.$'", new[] { 1 })]           // $ too
    [InlineData("~b 'walrus.*penguin'", new int[0])]      // a match never spans lines
    [InlineData("~M ^application/pdf$", new[] { 3 })]     // any MIME part's type
    [InlineData("~M ^text/html", new[] { 3 })]
    [InlineData("~M ^text/plain$", new[] { 0, 1, 2, 3, 4 })]
    [InlineData("~X 2", new[] { 3 })]                    // report.pdf and notes.txt
    [InlineData("~X 1-", new[] { 3 })]                   // key.asc is PGP material, which Mutt does not count
    [InlineData("~X 0", new[] { 0, 1, 2, 4 })]
    [InlineData("~k", new[] { 4 })]
    public async Task File_patterns_search_the_decoded_message(string pattern, int[] expected) =>
        Assert.Equal(expected, await Search(pattern, GoldenMessages.All()));

    [Fact]
    public async Task Expired_uses_the_Expires_header_against_the_clock()
    {
        var before = new PatternContext { Clock = new FixedClock(new DateTimeOffset(2026, 11, 5, 0, 0, 0, TimeSpan.Zero)) };
        var after = new PatternContext { Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)) };
        Assert.Empty(await Search("~E", GoldenMessages.All(), before));
        Assert.Equal(new[] { 3 }, await Search("~E", GoldenMessages.All(), after));
    }

    [Fact]
    public async Task Superseded_is_collected_from_Supersedes_headers_when_not_given()
    {
        var older = Make(5, id: "older@example.com", path: GoldenMessages.PathOf("qp-utf8.eml"));
        Message[] messages = [.. GoldenMessages.All(), older];
        var result = await PatternSearch.FilterAsync(messages, Parse("~S"), new PatternContext());
        Assert.Equal([5], result.Matches.Select(m => m.Number));
        Assert.Equal(messages.Length, result.FilesRead); // one header block each
    }

    [Fact]
    public async Task Without_thorough_search_the_raw_bytes_are_searched()
    {
        var raw = new PatternContext { ThoroughSearch = false };
        Assert.Equal(new[] { 0 }, await Search("~b 'Gr=C3=BC'", GoldenMessages.All(), raw));
        Assert.Empty(await Search("~b Grüße", GoldenMessages.All(), raw));
        Assert.Equal(new[] { 3 }, await Search("~h '^Subject: =\\?UTF-8\\?B'", GoldenMessages.All(), raw));
        Assert.Equal(new[] { 3 }, await Search("~b narwhal", GoldenMessages.All(), raw));
    }

    [Fact]
    public async Task Cheap_terms_decide_first_so_only_the_needed_files_are_opened()
    {
        var opened = new List<int>();
        var context = new PatternContext
        {
            OpenMessage = (m, ct) =>
            {
                lock (opened)
                    opened.Add(m.Number);
                return ValueTask.FromResult<Stream>(File.OpenRead(m.Path));
            },
        };
        var result = await PatternSearch.FilterAsync(GoldenMessages.All(), Parse("~f zoe ~b walrus"), context);
        Assert.Equal([3], result.Matches.Select(m => m.Number));
        Assert.Equal([3], opened);
        Assert.Equal(1, result.FilesRead);

        opened.Clear();
        result = await PatternSearch.FilterAsync(GoldenMessages.All(), Parse("~f anna | ~b walrus | ~b okapi"), context);
        Assert.Equal([0, 3], result.Matches.Select(m => m.Number));
        Assert.Equal([1, 2, 3, 4], opened.Order());   // anna's is decided without reading; each other file once

        opened.Clear();
        result = await PatternSearch.FilterAsync(GoldenMessages.All(), Parse("~s subject | ~N"), context);
        Assert.Equal([3], result.Matches.Select(m => m.Number));
        Assert.Empty(opened);
    }

    [Fact]
    public async Task MatchesAsync_reads_the_file_when_the_answer_depends_on_it()
    {
        var message = GoldenMessages.QuotedPrintable();
        Assert.True(await Parse("~b flamingo").MatchesAsync(message, new PatternContext()));
        Assert.False(await Parse("!~b flamingo").MatchesAsync(message, new PatternContext()));
        Assert.True(await Parse("~(~b flamingo)").MatchesAsync(message, new PatternContext { Threads = new FakeThreads([message]) }));
    }

    [Fact]
    public async Task The_default_opener_reads_only_the_message_s_bytes_of_an_mbox()
    {
        string first = "From a@x Mon Nov  2 10:00:00 2026\nSubject: one\n\nfirst body apple\n\n";
        string second = "From b@x Mon Nov  2 11:00:00 2026\nSubject: two\n\nsecond body pear\n";
        string path = Path.Combine(Path.GetTempPath(), $"search-{Guid.NewGuid():N}.mbox");
        await File.WriteAllTextAsync(path, first + second);
        try
        {
            int start = first.Length + second.IndexOf('\n') + 1;
            var m = new Message(1, path, new MessageSummary { Size = first.Length + second.Length - start }, MessageFlags.Seen) { Offset = start };
            Assert.True(await Parse("~b pear").MatchesAsync(m, new PatternContext()));
            Assert.False(await Parse("~b apple").MatchesAsync(m, new PatternContext()));
            Assert.True(await Parse("~h '^Subject: two$'").MatchesAsync(m, new PatternContext()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_header_block_longer_than_one_read_is_read_to_its_end()
    {
        var header = new StringBuilder();
        for (int i = 0; i < 600; i++)
            header.Append($"X-Filler-{i}: {new string('x', 40)}\n");
        byte[] bytes = Encoding.UTF8.GetBytes(header + "X-Last: yes\nSubject: long\n\nbody\n");
        var context = new PatternContext { OpenMessage = (m, ct) => ValueTask.FromResult<Stream>(new MemoryStream(bytes)) };
        Assert.True(bytes.Length > 16 * 1024);
        Assert.True(await Parse("~h '^X-Last: yes$'").MatchesAsync(Make(0), context));
        Assert.False(await Parse("~h '^X-Last: no$'").MatchesAsync(Make(0), context));
    }

    [Fact]
    public async Task An_unreadable_file_matches_nothing_and_does_not_stop_the_search()
    {
        var missing = Make(9, path: Path.Combine(AppContext.BaseDirectory, "no-such-file.eml"));
        Message[] messages = [GoldenMessages.QuotedPrintable(), missing];
        Assert.Equal(new[] { 0 }, await Search("~b flamingo", messages));
        Assert.Equal(new[] { 0, 9 }, await Search("!~b penguin", messages));
    }

    private static Message[] Generated(int count, out Dictionary<int, byte[]> files)
    {
        files = [];
        var messages = new Message[count];
        for (int i = 0; i < count; i++)
        {
            string body = i % 7 == 0 ? "the needle is here" : "only hay";
            files[i] = Encoding.UTF8.GetBytes($"From: u{i}@x.org\nSubject: m{i}\nContent-Type: text/plain\n\nline one\n{body}\n");
            messages[i] = Make(i, from: $"u{i}@x.org", subject: $"m{i}");
        }
        return messages;
    }

    [Fact]
    public async Task Searches_many_messages_in_parallel_and_reports_progress()
    {
        var messages = Generated(3000, out var files);
        var reports = new List<PatternSearchProgress>();
        var progress = new SynchronousProgress(reports);
        var context = new PatternContext
        {
            SearchParallelism = 4,
            OpenMessage = (m, ct) => ValueTask.FromResult<Stream>(new MemoryStream(files[m.Number])),
        };
        var result = await PatternSearch.FilterAsync(messages, Parse("~b needle"), context, progress);
        Assert.Equal(Enumerable.Range(0, 3000).Where(i => i % 7 == 0), result.Matches.Select(m => m.Number));
        Assert.Equal(3000, result.FilesRead);
        Assert.Equal(new PatternSearchProgress(3000, 3000), reports[^1]);
        Assert.Equal(new PatternSearchProgress(0, 3000), reports[0]);
        Assert.True(reports.Count > 2);
    }

    [Fact]
    public async Task A_thread_is_searched_once_not_once_per_member()
    {
        const int size = 400;
        var messages = new Message[size];
        var files = new Dictionary<int, byte[]>();
        for (int i = 0; i < size; i++)
        {
            messages[i] = Make(i, id: $"m{i}@x", inReplyTo: i == 0 ? null : $"m{i - 1}@x");
            files[i] = Encoding.UTF8.GetBytes($"Subject: m{i}\n\n{(i == size - 1 ? "needle" : "hay")}\n");
        }
        var context = new PatternContext
        {
            SearchParallelism = 1,
            Threads = new FakeThreads(messages),
            OpenMessage = (m, ct) => ValueTask.FromResult<Stream>(new MemoryStream(files[m.Number])),
        };
        var result = await PatternSearch.FilterAsync(messages, Parse("~(~b needle)"), context);
        Assert.Equal(size, result.Matches.Count);
        Assert.Equal(size, result.FilesRead);
    }

    [Fact]
    public async Task A_cancelled_search_stops()
    {
        var messages = Generated(500, out var files);
        using var cts = new CancellationTokenSource();
        int opened = 0;
        var context = new PatternContext
        {
            SearchParallelism = 1,
            OpenMessage = (m, ct) =>
            {
                if (Interlocked.Increment(ref opened) == 10)
                    cts.Cancel();
                return ValueTask.FromResult<Stream>(new MemoryStream(files[m.Number]));
            },
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            PatternSearch.FilterAsync(messages, Parse("~b needle"), context, null, cts.Token));
        Assert.InRange(opened, 10, 20);
    }

    private sealed class SynchronousProgress(List<PatternSearchProgress> reports) : IProgress<PatternSearchProgress>
    {
        public void Report(PatternSearchProgress value)
        {
            lock (reports)
                reports.Add(value);
        }
    }
}
