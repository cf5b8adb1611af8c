using MuttSharp.Core.Model;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Tests.Threading;

public sealed class ThreadTreeTests
{
    [Fact]
    public void Replies_hang_under_the_message_they_answer()
    {
        var tree = ThreadTree.Build(TestMessages.ThreadFolder(), ThreadOptions.Default);

        Assert.Equal(0, tree.ParentMessage(1));
        Assert.Equal(1, tree.ParentMessage(2));
        Assert.Equal(-1, tree.ParentMessage(0));
        Assert.Equal([1, 3, 4, 7], tree.ChildMessages(0).Order());
        Assert.Equal(tree.ThreadOf(0), tree.ThreadOf(2));
    }

    [Fact]
    public void Replies_to_a_missing_message_share_a_dummy_parent()
    {
        var tree = ThreadTree.Build(TestMessages.ThreadFolder(), ThreadOptions.Default);

        Assert.Equal(tree.ThreadOf(5), tree.ThreadOf(6));
        Assert.Equal(-1, tree.ParentMessage(5)); // the parent is missing, so ~<() has nothing to match
        Assert.Equal([5, 6], tree.ThreadMessages(5).Order());
    }

    [Fact]
    public void A_chain_of_missing_references_keeps_one_thread()
    {
        var messages = new List<Message>
        {
            TestMessages.Make(0, "x3", "Re: deep", 3, inReplyTo: "x2", references: ["x0", "x1", "x2"]),
            TestMessages.Make(1, "x0", "deep", 1),
            TestMessages.Make(2, "y", "Re: deep", 4, references: ["x0", "x1"]),
        };

        var tree = ThreadTree.Build(messages, ThreadOptions.Default with { StrictThreads = true });

        Assert.Equal(1, tree.ThreadCount);
        Assert.Equal([0, 1, 2], tree.ThreadMessages(0).Order());
        Assert.Equal(-1, tree.ParentMessage(2)); // x1 is missing
    }

    [Fact]
    public void Looping_references_are_broken_and_no_message_is_lost()
    {
        var messages = new List<Message>
        {
            TestMessages.Make(0, "p", "loop", 1, references: ["q", "r"]),
            TestMessages.Make(1, "q", "loop", 2, references: ["r", "p"]),
            TestMessages.Make(2, "r", "loop", 3, references: ["p", "q"]),
            TestMessages.Make(3, "s", "self", 4, inReplyTo: "s", references: ["s"]),
        };

        var tree = ThreadTree.Build(messages, ThreadOptions.Default);

        Assert.Equal(2, tree.ThreadCount);
        Assert.Equal([0, 1, 2], tree.ThreadMessages(0).Order());
        Assert.Equal(-1, tree.ParentMessage(3));
        Assert.False(tree.HasChildren(3));
        int roots = Enumerable.Range(0, 4).Count(m => tree.ParentMessage(m) < 0);
        Assert.Equal(2, roots);
    }

    [Fact]
    public void A_very_long_reply_chain_is_threaded_without_recursion()
    {
        const int length = 20_000;
        var messages = Enumerable.Range(0, length)
            .Select(i => TestMessages.Make(i, $"m{i}", "Re: chain", i, inReplyTo: i == 0 ? null : $"m{i - 1}"))
            .Reverse()
            .Select((m, i) => new Message(i, m.Path, m.Summary, m.Flags))
            .ToList();

        var tree = ThreadTree.Build(messages, ThreadOptions.Default);

        Assert.Equal(1, tree.ThreadCount);
        Assert.Equal(length, tree.ThreadMessages(0).Count());
        Assert.Equal(1, tree.ParentMessage(0));
    }

    [Fact]
    public void A_repeated_message_id_hangs_under_the_first_marked_as_duplicate()
    {
        var tree = ThreadTree.Build(TestMessages.ThreadFolder(), ThreadOptions.Default);

        Assert.True(tree.IsDuplicate(7));
        Assert.False(tree.IsDuplicate(0));
        Assert.Equal(0, tree.ParentMessage(7));
    }

    [Fact]
    public void Without_duplicate_threads_copies_stand_alone_and_replies_go_to_the_last_copy()
    {
        var tree = ThreadTree.Build(TestMessages.ThreadFolder(), ThreadOptions.Default with { DuplicateThreads = false });

        Assert.False(tree.IsDuplicate(7));
        Assert.Equal(-1, tree.ParentMessage(7));
        Assert.Equal(7, tree.ParentMessage(1));
        Assert.NotEqual(tree.ThreadOf(0), tree.ThreadOf(7));
    }

    [Fact]
    public void A_reply_without_references_joins_the_thread_of_its_subject_as_a_pseudo_thread()
    {
        var tree = ThreadTree.Build(TestMessages.ThreadFolder(), ThreadOptions.Default);

        Assert.Equal(0, tree.ParentMessage(4));
        Assert.True(tree.IsPseudoThreaded(4));
        Assert.False(tree.SubjectChanged(4));
    }

    [Fact]
    public void Strict_threads_turns_pseudo_threads_off()
    {
        var tree = ThreadTree.Build(TestMessages.ThreadFolder(), ThreadOptions.Default with { StrictThreads = true });

        Assert.Equal(-1, tree.ParentMessage(4));
        Assert.False(tree.IsPseudoThreaded(4));
        Assert.NotEqual(tree.ThreadOf(0), tree.ThreadOf(4));
    }

    [Fact]
    public void With_sort_re_only_a_reply_joins_by_subject_and_only_an_earlier_message()
    {
        var messages = new List<Message>
        {
            TestMessages.Make(0, "o", "Status", 5),
            TestMessages.Make(1, "same", "Status", 6),
            TestMessages.Make(2, "re", "Re: Status", 7),
            TestMessages.Make(3, "early", "Re: Status", 1),
        };

        var sortRe = ThreadTree.Build(messages, ThreadOptions.Default);
        var anySubject = ThreadTree.Build(messages, ThreadOptions.Default with { SortRe = false });

        Assert.Equal(-1, sortRe.ParentMessage(1));
        Assert.Equal(1, sortRe.ParentMessage(2)); // the latest message sent before it
        Assert.Equal(-1, sortRe.ParentMessage(3)); // nothing was sent before it
        // Without $sort_re any equal subject joins, so everything gathers under the earliest.
        Assert.Equal(3, anySubject.ParentMessage(0));
        Assert.Equal(3, anySubject.ParentMessage(1));
    }

    [Fact]
    public void A_custom_reply_regexp_decides_what_counts_as_a_reply()
    {
        var messages = new List<Message>
        {
            TestMessages.Make(0, "o", "Status", 1),
            TestMessages.Make(1, "aw", "AW: Status", 2),
            TestMessages.Make(2, "re", "Re: Status", 3),
        };

        var german = ThreadTree.Build(messages, ThreadOptions.Default with { ReplyRegexp = "^(re|aw):[ \t]*" });
        var standard = ThreadTree.Build(messages, ThreadOptions.Default);

        Assert.Equal("Status", german.RealSubject(1));
        Assert.Equal(0, german.ParentMessage(1));
        Assert.Equal("AW: Status", standard.RealSubject(1));
        Assert.Equal(-1, standard.ParentMessage(1));
    }

    [Fact]
    public void An_invalid_reply_regexp_falls_back_to_Mutts_default()
    {
        var messages = new List<Message> { TestMessages.Make(0, "o", "Re: x", 1) };

        var tree = ThreadTree.Build(messages, ThreadOptions.Default with { ReplyRegexp = "(unclosed" });

        Assert.Equal("x", tree.RealSubject(0));
        Assert.True(tree.HadReplyPrefix(0));
    }

    [Fact]
    public void Messages_without_ids_or_subjects_are_threads_of_their_own()
    {
        var messages = new List<Message>
        {
            TestMessages.Make(0, "", "", 1),
            TestMessages.Make(1, "", "", 2),
        };

        var tree = ThreadTree.Build(messages, ThreadOptions.Default);

        Assert.Equal(2, tree.ThreadCount);
        Assert.Null(tree.RealSubject(0));
        Assert.True(tree.SubjectChanged(1));
    }

    [Fact]
    public void Unreferenced_messages_have_no_children()
    {
        var tree = ThreadTree.Build(TestMessages.ThreadFolder(), ThreadOptions.Default);

        Assert.True(tree.HasChildren(0));
        Assert.False(tree.HasChildren(2));
        Assert.False(tree.HasChildren(7));
    }

    [Fact]
    public void Subject_changes_are_marked_against_the_nearest_message_above()
    {
        var tree = ThreadTree.Build(TestMessages.ThreadFolder(), ThreadOptions.Default);

        Assert.True(tree.SubjectChanged(0));
        Assert.False(tree.SubjectChanged(1));
        Assert.True(tree.SubjectChanged(9));
        Assert.False(tree.SubjectChanged(10));
    }

    [Fact]
    public void Hostile_references_never_lose_or_repeat_a_message()
    {
        var random = new Random(2024);
        const int count = 3000;
        // Ids repeat, references point forwards, backwards, to themselves and nowhere.
        var messages = Enumerable.Range(0, count).Select(i => TestMessages.Make(
            i,
            $"m{random.Next(count)}",
            random.Next(3) == 0 ? "Re: topic" : $"topic {random.Next(50)}",
            random.Next(100),
            inReplyTo: random.Next(4) == 0 ? null : $"m{random.Next(count + 200)}",
            references: Enumerable.Range(0, random.Next(6)).Select(_ => $"m{random.Next(count + 200)}").ToArray()))
            .ToList();

        foreach (var options in new[] { ThreadOptions.Default, ThreadOptions.Default with { DuplicateThreads = false, SortRe = false } })
        {
            var tree = ThreadTree.Build(messages, options);
            var seen = new int[count];
            var threadDone = new bool[tree.ThreadCount];
            for (int m = 0; m < count; m++)
            {
                if (threadDone[tree.ThreadOf(m)])
                    continue;
                threadDone[tree.ThreadOf(m)] = true;
                foreach (int member in tree.ThreadMessages(m))
                    seen[member]++;
            }
            Assert.All(seen, times => Assert.Equal(1, times));
            for (int m = 0; m < count; m++)
            {
                int steps = 0;
                for (int up = tree.ParentMessage(m); up >= 0; up = tree.ParentMessage(up))
                    Assert.True(++steps < count, "a parent chain must end");
            }
        }
    }
}
