using MuttSharp.Core.Model;
using MuttSharp.Core.Sorting;
using MuttSharp.Core.Tests.Threading;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Tests.Sorting;

public sealed class DisplayOrderTests
{
    private static readonly SortOptions Threads = SortOptions.Default with { Sort = new SortSpec(SortMethod.Threads) };

    public static TheoryData<string> Goldens()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(GoldenIndex.Directory, "*.txt").Order())
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Renders_the_index_exactly_as_Mutt_2_2_does(string golden)
    {
        var index = GoldenIndex.Load(golden);

        var lines = index.Render(index.Build());

        Assert.Equal(index.Expected, lines);
    }

    [Fact]
    public void Every_golden_case_is_present()
    {
        Assert.True(Goldens().Count >= 45);
    }

    [Theory]
    [InlineData("date", "f4 f6 f2 f3 f9 f1 f7 f8 f10 f5")]
    [InlineData("reverse-date", "f5 f10 f8 f1 f7 f9 f2 f3 f6 f4")]
    [InlineData("date-received", "f2 f5 f4 f7 f3 f8 f6 f1 f9 f10")]
    [InlineData("reverse-date-received", "f10 f1 f9 f6 f3 f8 f7 f4 f2 f5")]
    [InlineData("score", "f2 f5 f9 f3 f1 f4 f6 f7 f8 f10")]
    [InlineData("reverse-score", "f1 f4 f6 f7 f8 f10 f3 f9 f2 f5")]
    [InlineData("size", "f5 f1 f8 f10 f2 f3 f4 f6 f7 f9")]
    [InlineData("label", "f9 f3 f7 f2 f1 f4 f5 f6 f8 f10")]
    [InlineData("spam", "f1 f4 f6 f8 f10 f3 f2 f9 f5 f7")]
    [InlineData("reverse-spam", "f7 f5 f9 f2 f3 f1 f4 f6 f8 f10")]
    [InlineData("mailbox-order", "f1 f2 f3 f4 f5 f6 f7 f8 f9 f10")]
    [InlineData("reverse-mailbox-order", "f10 f9 f8 f7 f6 f5 f4 f3 f2 f1")]
    public void Sorts_by_each_key_with_sort_aux_breaking_ties(string sort, string expected)
    {
        // Sent and received days, scores, sizes, labels and spam tags chosen so that each key has ties.
        (int Day, int Received, int Score, long Size, string? Label, string? Spam)[] rows =
        [
            (5, 9, 0, 200, null, null),
            (3, 2, 5, 300, "x", "5 spam"),
            (3, 7, 1, 300, "Important", "5 ham"),
            (1, 3, 0, 300, null, null),
            (8, 2, 5, 100, null, "12.5"),
            (2, 8, 0, 300, null, null),
            (5, 4, 0, 300, "later", "abc"),
            (6, 7, 0, 200, null, null),
            (4, 9, 3, 300, "ARCHIVE", "7"),
            (7, 10, 0, 200, null, null),
        ];
        var messages = rows.Select((r, i) => TestMessages.Make(i, $"f{i + 1}", "subject", r.Day, receivedDay: r.Received,
            size: r.Size, score: r.Score, label: r.Label)).ToList();
        var options = new SortOptions
        {
            Sort = Spec(sort, SortVariable.Sort),
            // Unlike $sort, a plain $sort_aux keeps ties in mailbox order even under reverse-.
            SortAux = new SortSpec(SortMethod.MailboxOrder),
            SpamTag = m => rows[m.Number].Spam,
        };

        var order = DisplayOrder.Build(messages, options, ThreadOptions.Default);

        Assert.Equal(expected, Ids(messages, order));
    }

    [Fact]
    public void Reverse_turns_the_whole_order_around_including_ties()
    {
        var messages = Enumerable.Range(0, 4).Select(i => TestMessages.Make(i, $"m{i}", "same", day: 1)).ToList();

        var forward = DisplayOrder.Build(messages, new SortOptions { Sort = new SortSpec(SortMethod.Subject) }, ThreadOptions.Default);
        var backward = DisplayOrder.Build(messages, new SortOptions { Sort = new SortSpec(SortMethod.Subject, Reverse: true) }, ThreadOptions.Default);

        Assert.Equal([0, 1, 2, 3], forward.ToArray());
        Assert.Equal([3, 2, 1, 0], backward.ToArray());
    }

    [Fact]
    public void A_limit_keeps_only_matching_rows_in_sorted_order_and_remembers_their_place_in_the_whole_folder()
    {
        var messages = TestMessages.SortFolder();

        var order = DisplayOrder.Build(messages, SortOptions.Default, ThreadOptions.Default, m => m.Summary.Subject.Contains("banana"));

        Assert.Equal("f6 f9 f1 f8 f10", Ids(messages, order));
        Assert.Equal([1, 4, 5, 7, 8], Enumerable.Range(0, order.Count).Select(order.SortedPosition));
        Assert.Equal(-1, order.RowOf(3));
        Assert.False(order.InLimit(3));
        Assert.Equal(2, order.RowOf(0));
    }

    [Fact]
    public void A_limit_given_as_flags_is_the_same_as_a_predicate()
    {
        var messages = TestMessages.ThreadFolder();
        bool[] keep = messages.Select(m => m.Number % 3 == 0).ToArray();

        var byFlags = DisplayOrder.Build(messages, Threads, ThreadOptions.Default, keep);
        var byPredicate = DisplayOrder.Build(messages, Threads, ThreadOptions.Default, m => m.Number % 3 == 0);

        Assert.Equal(byPredicate.ToArray(), byFlags.ToArray());
        Assert.Equal(6, byFlags.Count);
    }

    [Fact]
    public void Collapsing_a_thread_shows_its_root_once_with_the_thread_size_and_expanding_restores_every_row()
    {
        var messages = TestMessages.ThreadFolder();
        var order = DisplayOrder.Build(messages, Threads, ThreadOptions.Default);
        var all = order.ToArray();
        int otherTopic = order.RowOf(8); // c1, first of a six-message thread

        int cursor = order.ToggleThread(otherTopic + 2);

        Assert.Equal(otherTopic, cursor);
        Assert.Equal(all.Length - 5, order.Count);
        Assert.True(order.IsCollapsed(otherTopic));
        Assert.Equal(6, order.CollapsedCount(otherTopic));
        Assert.Equal("", order.TreePrefix(otherTopic));
        Assert.Equal(8, order[otherTopic]);
        Assert.Equal(12, order[otherTopic + 1]); // the next thread moved up
        Assert.Equal(-1, order.RowOf(9));
        Assert.Equal(otherTopic, order.NearestRowOf(9));
        Assert.Equal(otherTopic + 1, order.RowOf(12));

        order.ToggleThread(otherTopic);

        Assert.Equal(all, order.ToArray());
        Assert.False(order.IsCollapsed(otherTopic));
        Assert.Equal(0, order.CollapsedCount(otherTopic));
    }

    [Fact]
    public void Collapse_all_and_expand_all_fold_and_unfold_every_thread()
    {
        var messages = TestMessages.ThreadFolder();
        var order = DisplayOrder.Build(messages, Threads, ThreadOptions.Default);
        var all = order.ToArray();

        order.CollapseAll();

        Assert.Equal([0, 5, 8, 12, 13], order.ToArray());
        Assert.Equal([6, 2, 6, 2, 1], Enumerable.Range(0, order.Count).Select(order.CollapsedCount));

        order.ExpandAll();

        Assert.Equal(all, order.ToArray());
    }

    [Fact]
    public void Without_collapse_unread_a_thread_with_unread_mail_stays_open()
    {
        var messages = TestMessages.ThreadFolder();
        messages[10] = TestMessages.Make(10, "c3", "Re: Changed subject", 11, "Ken", "c2", ["c1", "c2"], read: false);
        var options = ThreadOptions.Default with { CollapseUnread = false };
        var order = DisplayOrder.Build(messages, Threads, options);
        order.ToggleThread(order.RowOf(8));
        order.CollapseAll();

        int otherTopic = order.RowOf(8);
        Assert.True(order.ThreadHasUnread(otherTopic));
        Assert.True(order.ThreadHasNew(otherTopic));
        Assert.False(order.ThreadHasUnread(0));
        Assert.False(order.ThreadHasNew(0));
        Assert.False(order.IsCollapsed(otherTopic));
        Assert.True(order.IsCollapsed(0));
        Assert.Equal([0, 5, 8, 9, 10, 16, 14, 15, 12, 13], order.ToArray());
    }

    [Fact]
    public void Collapsing_is_refused_when_not_sorted_by_threads()
    {
        var messages = TestMessages.ThreadFolder();
        var order = DisplayOrder.Build(messages, SortOptions.Default, ThreadOptions.Default);

        int cursor = order.ToggleThread(3);
        order.CollapseAll();

        Assert.Equal(3, cursor);
        Assert.Equal(messages.Count, order.Count);
        Assert.False(order.IsThreaded);
        Assert.Equal("", order.TreePrefix(3));
        Assert.True(order.ShowSubject(3));
    }

    [Fact]
    public void Rows_and_messages_map_both_ways_with_several_threads_collapsed()
    {
        var messages = Enumerable.Range(0, 300)
            .Select(i => TestMessages.Make(i, $"m{i}", $"topic {i / 3}", day: i, inReplyTo: i % 3 == 0 ? null : $"m{i - 1}"))
            .ToList();
        var order = DisplayOrder.Build(messages, Threads, ThreadOptions.Default);
        for (int t = 0; t < 100; t += 7)
            order.ToggleThread(order.RowOf(3 * t));

        for (int row = 0; row < order.Count; row++)
            Assert.Equal(row, order.RowOf(order[row]));
        Assert.Equal(300 - 15 * 2, order.Count);
        Assert.Equal(100, order.ThreadCount);
    }

    [Fact]
    public void Subjects_repeating_the_parent_are_hidden_unless_hide_thread_subject_is_unset()
    {
        var messages = TestMessages.ThreadFolder();

        var hidden = DisplayOrder.Build(messages, Threads, ThreadOptions.Default);
        var shown = DisplayOrder.Build(messages, Threads, ThreadOptions.Default with { HideThreadSubject = false });

        Assert.False(hidden.ShowSubject(hidden.RowOf(1)));
        Assert.True(hidden.ShowSubject(hidden.RowOf(9)));
        Assert.All(Enumerable.Range(0, shown.Count), row => Assert.True(shown.ShowSubject(row)));
    }

    [Fact]
    public void Threads_reuse_a_tree_built_beforehand()
    {
        var messages = TestMessages.ThreadFolder();
        var tree = ThreadTree.Build(messages, ThreadOptions.Default);

        var order = DisplayOrder.Build(messages, Threads, ThreadOptions.Default, tree: tree);

        Assert.Same(tree, order.Tree);
        Assert.Equal(DisplayOrder.Build(messages, Threads, ThreadOptions.Default).ToArray(), order.ToArray());
    }

    [Fact]
    public void Rows_out_of_range_are_refused()
    {
        var order = DisplayOrder.Build(TestMessages.SortFolder(), SortOptions.Default, ThreadOptions.Default);

        Assert.Throws<ArgumentOutOfRangeException>(() => order[10]);
        Assert.Throws<ArgumentOutOfRangeException>(() => order.MessageAt(-1));
        Assert.Equal(-1, order.RowOf(99));
    }

    [Fact]
    public void An_empty_folder_has_no_rows()
    {
        var order = DisplayOrder.Build([], Threads, ThreadOptions.Default);

        Assert.Equal(0, order.Count);
        Assert.Equal(0, order.ThreadCount);
        Assert.Empty(order.ToArray());
    }

    [Fact]
    public void Moves_between_threads_and_up_to_parents_and_roots()
    {
        var messages = TestMessages.ThreadFolder();
        var order = DisplayOrder.Build(messages, Threads, ThreadOptions.Default);
        int a3 = order.RowOf(2), c3 = order.RowOf(10), b3 = order.RowOf(6);

        Assert.Equal(order.RowOf(5), order.NextThreadRow(a3));
        Assert.Equal(0, order.PreviousThreadRow(b3));
        Assert.Equal(-1, order.PreviousThreadRow(a3));
        Assert.Equal(-1, order.NextThreadRow(order.Count - 1));
        Assert.Equal(order.RowOf(1), order.ParentRow(a3));
        Assert.Equal(order.RowOf(8), order.RootRow(c3));
        Assert.Equal(-1, order.ParentRow(b3)); // its parent is missing
        Assert.Equal(b3, order.RootRow(b3));
    }

    [Fact]
    public void Upside_down_the_next_thread_starts_at_its_root_below_its_replies()
    {
        var messages = TestMessages.ThreadFolder();
        var options = Threads with { Sort = new SortSpec(SortMethod.Threads, Reverse: true) };
        var order = DisplayOrder.Build(messages, options, ThreadOptions.Default);

        Assert.Equal(order.RowOf(12), order.NextThreadRow(0)); // after "Deep missing" comes the loop thread, rooted at l2
        Assert.Equal(order.RowOf(13), order.PreviousThreadRow(order.RowOf(12)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Knows_where_each_message_stands_in_its_thread_counting_limited_messages_too(bool reverse)
    {
        var messages = TestMessages.ThreadFolder();
        var options = Threads with { Sort = new SortSpec(SortMethod.Threads, reverse) };

        var order = DisplayOrder.Build(messages, options, ThreadOptions.Default, m => m.Number != 1);

        int a3 = order.RowOf(2), c1 = order.RowOf(8), d3 = order.RowOf(13);
        Assert.Equal((3, 6), (order.ThreadPosition(a3), order.ThreadSize(a3)));
        Assert.Equal((1, 6), (order.ThreadPosition(c1), order.ThreadSize(c1)));
        Assert.Equal((1, 1), (order.ThreadPosition(d3), order.ThreadSize(d3)));
    }

    [Fact]
    public void Without_threads_thread_moves_are_row_moves_and_there_are_no_parents()
    {
        var order = DisplayOrder.Build(TestMessages.SortFolder(), SortOptions.Default, ThreadOptions.Default);

        Assert.Equal(4, order.NextThreadRow(3));
        Assert.Equal(2, order.PreviousThreadRow(3));
        Assert.Equal(-1, order.ParentRow(3));
        Assert.Equal(-1, order.RootRow(3));
        Assert.Equal((1, 1), (order.ThreadPosition(3), order.ThreadSize(3)));
    }

    [Theory]
    [InlineData("threads", "date")]
    [InlineData("reverse-threads", "last-date-received")]
    [InlineData("threads", "reverse-last-subject")]
    [InlineData("from", "reverse-size")]
    public void Every_message_in_the_limit_gets_exactly_one_row(string sort, string aux)
    {
        var random = new Random(99);
        var messages = Enumerable.Range(0, 2000).Select(i => TestMessages.Make(
            i, $"m{random.Next(1500)}", random.Next(2) == 0 ? "Re: x" : $"s{random.Next(40)}", random.Next(60),
            from: $"P{random.Next(30)}", inReplyTo: $"m{random.Next(1600)}", size: random.Next(5))).ToList();
        var options = new SortOptions { Sort = Spec(sort, SortVariable.Sort), SortAux = Spec(aux, SortVariable.SortAux) };

        var order = DisplayOrder.Build(messages, options, ThreadOptions.Default, m => m.Number % 5 != 0);

        Assert.Equal(messages.Where(m => m.Number % 5 != 0).Select(m => m.Number).Order(), order.ToArray().Order());
        for (int row = 0; row < order.Count; row++)
        {
            Assert.Equal(row, order.RowOf(order[row]));
            string prefix = order.TreePrefix(row);
            Assert.True(prefix.Length == 0 || prefix[^1] == '>', prefix);
        }
    }

    private static SortSpec Spec(string text, SortVariable variable) =>
        SortSpec.TryParse(text, variable, out var spec, out string error) ? spec : throw new FormatException(error);

    private static string Ids(List<Message> messages, DisplayOrder order) =>
        string.Join(' ', order.ToArray().Select(n => messages[n].Summary.MessageId![..^2]));
}
