using MuttSharp.Core.Model;
using MuttSharp.Core.Search;
using static MuttSharp.Core.Tests.Search.TestMessages;

namespace MuttSharp.Core.Tests.Search;

public sealed class PatternTests
{
    private static readonly Message[] FlagSet =
    [
        Make(0, flags: MessageFlags.New),
        Make(1, flags: MessageFlags.None),                          // old: not new, not seen
        Make(2, flags: MessageFlags.Seen),
        Make(3, flags: MessageFlags.Seen | MessageFlags.Replied),
        Make(4, flags: MessageFlags.Seen | MessageFlags.Flagged),
        Make(5, flags: MessageFlags.Seen | MessageFlags.Trashed),   // trashed shows as deleted
        Make(6, flags: MessageFlags.Seen | MessageFlags.Passed | MessageFlags.Draft),
    ];

    [Theory]
    [InlineData("~A", new[] { 0, 1, 2, 3, 4, 5, 6 })]
    [InlineData("~N", new[] { 0 })]
    [InlineData("~O", new[] { 1 })]
    [InlineData("~U", new[] { 0, 1 })]
    [InlineData("~R", new[] { 2, 3, 4, 5, 6 })]
    [InlineData("~Q", new[] { 3 })]
    [InlineData("~F", new[] { 4 })]
    [InlineData("~D", new[] { 5 })]
    [InlineData("!~D ~R", new[] { 2, 3, 4, 6 })]
    [InlineData("~N | ~O", new[] { 0, 1 })]
    public void Status_flags(string pattern, int[] expected) => Assert.Equal(expected, Matching(pattern, FlagSet));

    [Fact]
    public void Tagged_and_deleted_follow_the_in_memory_state()
    {
        var m = Make(0);
        Assert.False(Matches("~T", m));
        Assert.False(Matches("~D", m));
        m.Tagged = true;
        m.Deleted = true;
        Assert.True(Matches("~T", m));
        Assert.True(Matches("~D", m));
    }

    private static readonly Message[] People =
    [
        Make(0, from: "Joe Bloggs <joe@example.com>", to: "list@lists.example.org", subject: "Weekly report"),
        Make(1, from: "ann@example.de", to: "me@home.net", cc: "bob@example.de", subject: "Re: Weekly report"),
        Make(2, from: "me@home.net", to: "x@a.de, y@b.com", sender: "relay@mx.example.com", subject: ""),
        Make(3, from: "carol@example.com", to: "z@c.de", cc: "me@work.de", subject: "urgent: [PATCH] fix"),
    ];

    [Theory]
    [InlineData("~f joe", new[] { 0 })]
    [InlineData("~f bloggs", new[] { 0 })]          // the personal name counts too
    [InlineData("~f Bloggs", new[] { 0 })]
    [InlineData("~f BLOGGS", new int[0])]           // upper case makes it case-sensitive
    [InlineData("~f ^me@", new[] { 2 })]
    [InlineData("~t me@home", new[] { 1 })]
    [InlineData("~c bob", new[] { 1 })]
    [InlineData("~C \\\\.de$", new[] { 1, 2, 3 })]
    [InlineData("^~C \\\\.de$", new[] { 3 })]       // every recipient
    [InlineData("~e relay", new[] { 2 })]
    [InlineData("~L relay", new[] { 2 })]
    [InlineData("~L bob", new[] { 1 })]
    [InlineData("~L carol", new[] { 3 })]
    [InlineData("~s report", new[] { 0, 1 })]
    [InlineData("~s ^report", new int[0])]
    [InlineData("~s ^Re:", new[] { 1 })]
    [InlineData("~s \"^re: weekly\"", new[] { 1 })]
    [InlineData("~s '\\[patch\\]'", new[] { 3 })]
    [InlineData("=s [PATCH]", new[] { 3 })]         // substring: brackets are literal
    [InlineData("=s [patch]", new[] { 3 })]         // and smart case applies to it too
    [InlineData("=s [Patch]", new int[0])]
    [InlineData("~s .", new[] { 0, 1, 3 })]         // a missing subject never matches
    [InlineData("!~s .", new[] { 2 })]
    [InlineData("~s [[:digit:]]", new int[0])]      // POSIX classes work inside brackets
    [InlineData("~s '^[[:alpha:]]+:'", new[] { 1, 3 })]
    public void Address_and_subject_fields(string pattern, int[] expected) => Assert.Equal(expected, Matching(pattern, People));

    [Fact]
    public void Personal_and_list_patterns_use_the_configured_sets()
    {
        var context = new PatternContext
        {
            Me = new RegexAddressMatcher(["me@home.net"], ["^me@work\\."]),
            KnownLists = new RegexAddressMatcher(includeRegexes: ["^list@"]),
            SubscribedLists = new RegexAddressMatcher(includeRegexes: ["@c\\.de$"]),
        };
        Assert.Equal([1, 3], Matching("~p", People, context));
        Assert.Equal([2], Matching("~P", People, context));
        Assert.Equal([0, 3], Matching("~l", People, context));   // subscribed lists are known lists
        Assert.Equal([3], Matching("~u", People, context));
        Assert.Equal([0, 2], Matching("!~p", People, context));
        Assert.Empty(Matching("~p | ~P | ~l | ~u", People)); // nothing configured: nothing matches
    }

    [Fact]
    public void Alias_prefix_restricts_to_addresses_with_an_alias()
    {
        var context = new PatternContext { Aliases = new RegexAddressMatcher(["bob@example.de", "joe@example.com"]) };
        Assert.Equal([0, 1], Matching("@~L .", People, context));
        Assert.Equal([0], Matching("@~f .", People, context));
        Assert.Equal([0], Matching("^@~f .", People, context));
    }

    [Fact]
    public void Group_form_matches_members_of_an_address_group()
    {
        var context = new PatternContext
        {
            Groups = new Dictionary<string, IAddressMatcher>
            {
                ["work"] = new RegexAddressMatcher(["carol@example.com"], ["@example\\.de$"]),
            },
        };
        Assert.Equal([1, 3], Matching("%f work", People, context));
        Assert.Equal([1], Matching("%C work", People, context));
        Assert.Empty(Matching("%f nosuchgroup", People, context));
    }

    [Fact]
    public void Id_references_label_and_spam_fields()
    {
        var m = Make(0, id: "abc@x.org", inReplyTo: "parent@x.org", references: ["root@x.org", "parent@x.org"], label: "todo work");
        var none = Make(1);
        Assert.True(Matches("~i ^<abc@", m));
        Assert.True(Matches("=i <abc@x.org>", m));
        Assert.False(Matches("~i .", none));
        Assert.True(Matches("~x root@", m));
        Assert.True(Matches("~x ^<parent@x.org>$", m));
        Assert.False(Matches("~x .", none));
        Assert.True(Matches("~y todo", m));
        Assert.False(Matches("~y .", none));

        var spam = new PatternContext { SpamAttribute = msg => msg.Number == 0 ? "5.2 BAYES_99" : null };
        Assert.True(Matches("~H BAYES", m, spam));
        Assert.False(Matches("~H .", none, spam));   // no spam attribute: never matches
        Assert.False(Matches("~H .", m));
    }

    [Fact]
    public void Crypto_patterns_see_only_what_the_top_level_type_says()
    {
        var plain = Make(0);
        var signed = Make(1, contentType: "multipart/signed");
        var encrypted = Make(2, contentType: "multipart/encrypted");
        Assert.False(Matches("~g | ~G | ~V", plain));
        Assert.True(Matches("~g", signed));
        Assert.False(Matches("~G", signed));
        Assert.True(Matches("~G", encrypted));
        Assert.False(Matches("~V", signed));          // verification needs the crypto layer
    }

    [Theory]
    [InlineData("~m 3-7", new[] { 2, 3, 4, 5, 6 })]  // message numbers are 1-based, as Mutt shows them
    [InlineData("~m 3", new[] { 2 })]
    [InlineData("~m <5", new[] { 0, 1, 2, 3 })]
    [InlineData("~m >5", new[] { 5, 6, 7, 8, 9 })]
    [InlineData("~m -3", new[] { 0, 1, 2 })]
    [InlineData("~m 8-", new[] { 7, 8, 9 })]
    [InlineData("~m \"2-3\"", new[] { 1, 2 })]
    [InlineData("~m .", new[] { 4 })]                // current message is number 5
    [InlineData("~m .-$", new[] { 4, 5, 6, 7, 8, 9 })]
    [InlineData("~m ^-2", new[] { 0, 1 })]
    [InlineData("~m $", new[] { 9 })]
    [InlineData("~m <.", new[] { 0, 1, 2, 3 })]
    [InlineData("~m 2-3 | ~m 9-", new[] { 1, 2, 8, 9 })]
    public void Message_ranges(string pattern, int[] expected)
    {
        var messages = Enumerable.Range(0, 10).Select(i => Make(i)).ToArray();
        var context = new PatternContext { CurrentMessage = messages[4], MessageCount = 10 };
        Assert.Equal(expected, Matching(pattern, messages, context));
    }

    [Theory]
    [InlineData("~z 10K-", new[] { 2, 3 })]
    [InlineData("~z <1M", new[] { 0, 1, 2 })]
    [InlineData("~z -100", new[] { 0 })]
    [InlineData("~z 101-10240", new[] { 1, 2 })]
    [InlineData("~z >10240", new[] { 3 })]
    [InlineData("~z 10k", new[] { 2 })]
    [InlineData("~z 1M-", new[] { 3 })]
    public void Size_ranges_compare_the_body_length(string pattern, int[] expected)
    {
        // Sizes are file sizes; Mutt's ~z looks at the body, i.e. without the 500-byte header.
        Message[] messages =
        [
            Make(0, size: 600, headerLength: 500),
            Make(1, size: 2000, headerLength: 500),
            Make(2, size: 10240 + 500, headerLength: 500),
            Make(3, size: 2 * 1048576, headerLength: 500),
        ];
        Assert.Equal(expected, Matching(pattern, messages));
    }

    [Fact]
    public void Score_ranges()
    {
        var messages = new[] { Make(0), Make(1), Make(2) };
        messages[1].Score = 5;
        messages[2].Score = 50;
        Assert.Equal([2], Matching("~n >5", messages));
        Assert.Equal([0, 1], Matching("~n -5", messages));
        Assert.Equal([1], Matching("~n 5", messages));
    }

    private static readonly Message[] Thread =
    [
        Make(0, id: "root@x", from: "ann@x"),
        Make(1, id: "r1@x", inReplyTo: "root@x", from: "me@x"),
        Make(2, id: "r2@x", inReplyTo: "r1@x", from: "bob@x"),
        Make(3, id: "r3@x", inReplyTo: "root@x", from: "cy@x"),
        Make(4, id: "other@x", from: "dan@x"),
        Make(5, id: "other-reply@x", inReplyTo: "other@x", from: "eve@x"),
    ];

    [Theory]
    [InlineData("~(~f me@)", new[] { 0, 1, 2, 3 })]  // threads containing a message from me
    [InlineData("~<(~f me@)", new[] { 2 })]           // replies to my messages
    [InlineData("~>(~f me@)", new[] { 0 })]           // messages I replied to
    [InlineData("~>(~f bob | ~f cy)", new[] { 0, 1 })]
    [InlineData("!~(~f me@)", new[] { 4, 5 })]
    [InlineData("~(~f eve) ~f dan", new[] { 4 })]
    [InlineData("~<(~<(~f ann))", new[] { 2 })]       // grandchildren of ann's message
    [InlineData("~$", new[] { 2, 3, 5 })]             // unreferenced: no replies
    public void Thread_patterns(string pattern, int[] expected)
    {
        var context = new PatternContext { Threads = new FakeThreads(Thread) };
        Assert.Equal(expected, Matching(pattern, Thread, context));
    }

    [Fact]
    public void Thread_patterns_match_nothing_without_thread_relations()
    {
        Assert.Empty(Matching("~(~A) | ~<(~A) | ~>(~A) | ~$", Thread));
    }

    [Fact]
    public void Duplicate_collapsed_and_superseded_come_from_the_context()
    {
        var context = new PatternContext
        {
            IsDuplicate = m => m.Number == 1,
            IsInCollapsedThread = m => m.Number == 2,
            SupersededIds = new HashSet<string> { "r2@x" },
        };
        Assert.Equal([1], Matching("~=", Thread, context));
        Assert.Equal([2], Matching("~v", Thread, context));
        Assert.Equal([2], Matching("~S", Thread, context));
        Assert.Empty(Matching("~= | ~v | ~S", Thread));
    }

    [Fact]
    public void Hostile_regex_times_out_as_no_match()
    {
        var options = PatternOptions.Default with { RegexTimeout = TimeSpan.FromMilliseconds(50) };
        var pattern = Parse("~s '^(([a-z])+.)+[A-Z]([a-z])+$'", options);
        var context = new PatternContext();
        var m = Make(0, subject: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!");
        Assert.False(pattern.Matches(m, context));
        Assert.Equal(1, context.RegexTimeouts);
    }

    [Fact]
    public void Matches_leaves_file_terms_undecided_and_therefore_false()
    {
        var m = Make(0, from: "joe@x", path: "/nonexistent");
        Assert.False(Matches("~b x", m));
        Assert.False(Matches("!~b x", m));        // undecided, not "true because negated"
        Assert.True(Matches("~f joe | ~b x", m)); // decided without the file
    }
}
