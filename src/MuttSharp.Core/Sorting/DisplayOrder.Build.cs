using MuttSharp.Core.Model;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Sorting;

public sealed partial class DisplayOrder
{
    /// <summary>
    /// Sorts <paramref name="messages"/> (mailbox order, <c>messages[i].Number == i</c>) as Mutt's
    /// <c>$sort</c>, <c>$sort_aux</c> and <c>$sort_thread_groups</c> say, keeping only the
    /// messages <paramref name="limit"/> accepts. When sorted by threads the whole folder is
    /// threaded and limited-away messages stay in the tree as context (drawn <c>&amp;</c> unless
    /// <c>$hide_limited</c>). Pass <paramref name="tree"/> to reuse a tree built with the same
    /// messages and options.
    /// </summary>
    public static DisplayOrder Build(
        IReadOnlyList<Message> messages,
        SortOptions sort,
        ThreadOptions threading,
        Predicate<Message>? limit = null,
        ThreadTree? tree = null)
    {
        var keep = new bool[messages.Count];
        for (int i = 0; i < keep.Length; i++)
            keep[i] = limit is null || limit(messages[i]);
        return Build(messages, sort, threading, keep, tree);
    }

    /// <summary>As <see cref="Build(IReadOnlyList{Message}, SortOptions, ThreadOptions, Predicate{Message}?, ThreadTree?)"/>, with the limit as one flag per message.</summary>
    public static DisplayOrder Build(
        IReadOnlyList<Message> messages,
        SortOptions sort,
        ThreadOptions threading,
        bool[] keep,
        ThreadTree? tree = null)
    {
        if (keep.Length != messages.Count)
            throw new ArgumentException("One flag per message is needed.", nameof(keep));
        keep = (bool[])keep.Clone();
        if (!sort.Threaded)
        {
            var inputs = new SortInputs(messages, threading, tree, sort.SpamTag);
            var sorted = SortFlat(messages, sort, inputs);
            return new DisplayOrder(messages, sorted, Kept(sorted, keep), keep, threading, null, null, [], [], sort.Sort.Reverse);
        }
        tree ??= ThreadTree.Build(messages, threading);
        return BuildThreaded(messages, sort, threading, tree, keep);
    }

    /// <summary>Mutt's unthreaded sort: <c>$sort</c>, then <c>$sort_aux</c>, then mailbox order (reversed with <c>$sort</c>).</summary>
    private static int[] SortFlat(IReadOnlyList<Message> messages, SortOptions sort, SortInputs inputs)
    {
        int n = messages.Count;
        var primary = SortColumn.For(sort.Sort.Method, messages, inputs);
        var aux = SortColumn.For(sort.SortAux.Method, messages, inputs);
        // One packed key per message: rank, aux rank, mailbox order, each turned around by its reverse-.
        var keys = new Int128[n];
        for (int i = 0; i < n; i++)
        {
            uint first = (uint)(sort.Sort.Reverse ? n - primary[i] : primary[i]);
            uint second = (uint)(sort.SortAux.Reverse ? n - aux[i] : aux[i]);
            uint tie = (uint)(sort.Sort.Reverse ? n - i : i);
            keys[i] = ((Int128)first << 96) | ((Int128)second << 64) | ((Int128)tie << 32) | (uint)i;
        }
        Array.Sort(keys);
        var sorted = new int[n];
        for (int p = 0; p < n; p++)
            sorted[p] = (int)(uint)(keys[p] & uint.MaxValue);
        return sorted;
    }

    private static int[] Kept(int[] sorted, bool[] keep)
    {
        var kept = new List<int>(sorted.Length);
        foreach (int m in sorted)
        {
            if (keep[m])
                kept.Add(m);
        }
        return [.. kept];
    }

    private static DisplayOrder BuildThreaded(IReadOnlyList<Message> messages, SortOptions sort, ThreadOptions threading, ThreadTree tree, bool[] keep)
    {
        var inputs = new SortInputs(messages, threading, tree, sort.SpamTag);
        var forest = new SortedForest(tree.NodeCount);
        var aux = sort.SortAux;
        var auxRanks = SortColumn.For(aux.Method, messages, inputs);
        int[] auxKey = SortSiblings(tree, forest, auxRanks, aux);

        // $sort_thread_groups orders whole threads; "aux" leaves that to $sort_aux as well.
        var groups = sort.SortThreadGroups.Method == SortMethod.Aux ? aux : sort.SortThreadGroups;
        var groupRanks = groups.Method == aux.Method ? auxRanks : SortColumn.For(groups.Method, messages, inputs);
        int[] groupKey = groups == aux ? auxKey : ThreadKeys(tree, groupRanks, groups);
        var roots = tree.Roots.ToArray();
        Array.Sort(roots, KeyComparison(groupRanks, groups, groupKey));

        var sorted = new List<int>(messages.Count);
        var order = new List<int>(messages.Count);
        var blockStart = new List<int>();
        var blockRoot = new List<int>();
        var threadSpan = new List<int>();
        foreach (int root in roots)
        {
            int start = order.Count, sortedStart = sorted.Count;
            for (int node = root; node >= 0; node = NextInThread(tree, forest, root, node))
            {
                if (!tree.IsMessageNode(node))
                    continue;
                sorted.Add(node);
                if (keep[node])
                    order.Add(node);
            }
            if (order.Count > start)
            {
                blockStart.Add(start);
                blockRoot.Add(root);
                threadSpan.Add(sortedStart);
            }
        }
        blockStart.Add(order.Count);
        threadSpan.Add(sorted.Count);
        var sortedArray = sorted.ToArray();
        var orderArray = order.ToArray();
        var starts = blockStart.ToArray();
        var rootArray = blockRoot.ToArray();
        var spans = threadSpan.ToArray();
        if (sort.Sort.Reverse)
        {
            Array.Reverse(sortedArray);
            ReverseBlocks(orderArray, starts, rootArray);
            ReverseBlocks(null, spans, null);
        }
        return new DisplayOrder(messages, sortedArray, orderArray, keep, threading, tree, forest, starts, rootArray, sort.Sort.Reverse)
        {
            _threadSpan = spans,
        };
    }

    /// <summary>
    /// Orders the children of every node by <paramref name="spec"/> and returns each node's sort
    /// key: the message it sorts as. That is the node's own message; for a missing message the
    /// earliest below it; with <c>last-</c>, the latest message of the whole subtree.
    /// </summary>
    private static int[] SortSiblings(ThreadTree tree, SortedForest forest, int[] ranks, SortSpec spec)
    {
        var key = new int[tree.NodeCount];
        var compare = KeyComparison(ranks, spec, key);
        var children = new List<int>();
        var nodes = TopDown(tree);
        for (int i = nodes.Count - 1; i >= 0; i--)
        {
            int node = nodes[i];
            children.Clear();
            for (int c = tree.FirstChildNode(node); c >= 0; c = tree.NextSiblingNode(c))
                children.Add(c);
            int k = tree.IsMessageNode(node) ? node : -1;
            if (k < 0 || spec.Last)
            {
                foreach (int c in children)
                {
                    if (k < 0 || Better(ranks, spec, key[c], k))
                        k = key[c];
                }
            }
            key[node] = k;
            if (children.Count > 1)
                children.Sort(compare);
            forest.Link(node, children);
        }
        return key;
    }

    /// <summary>The key of each thread for <c>$sort_thread_groups</c> when it differs from <c>$sort_aux</c>.</summary>
    private static int[] ThreadKeys(ThreadTree tree, int[] ranks, SortSpec spec)
    {
        var key = new int[tree.NodeCount];
        var stack = new Stack<int>();
        foreach (int root in tree.Roots)
        {
            int k = tree.IsMessageNode(root) && !spec.Last ? root : -1;
            if (k < 0)
                stack.Push(root);
            while (stack.Count > 0)
            {
                int node = stack.Pop();
                if (tree.IsMessageNode(node))
                {
                    if (k < 0 || Better(ranks, spec, node, k))
                        k = node;
                    if (!spec.Last)
                        continue; // without last-, a missing root sorts as the first message down each branch
                }
                for (int c = tree.FirstChildNode(node); c >= 0; c = tree.NextSiblingNode(c))
                    stack.Push(c);
            }
            key[root] = k;
        }
        return key;
    }

    /// <summary>Whether <paramref name="a"/> should stand for a subtree instead of <paramref name="b"/>: the latest with <c>last-</c>, else the earliest.</summary>
    private static bool Better(int[] ranks, SortSpec spec, int a, int b) =>
        spec.Last ? Natural(ranks, a, b) > 0 : Natural(ranks, a, b) < 0;

    /// <summary>A method's natural order with mailbox order breaking ties, before <c>reverse-</c>.</summary>
    private static int Natural(int[] ranks, int a, int b)
    {
        int c = ranks[a].CompareTo(ranks[b]);
        return c != 0 ? c : a.CompareTo(b);
    }

    private static Comparison<int> KeyComparison(int[] ranks, SortSpec spec, int[] key) =>
        spec.Reverse
            ? (a, b) => Natural(ranks, key[b], key[a])
            : (a, b) => Natural(ranks, key[a], key[b]);

    /// <summary>Every node, parents before children.</summary>
    private static List<int> TopDown(ThreadTree tree)
    {
        var nodes = new List<int>(tree.NodeCount);
        foreach (int root in tree.Roots)
        {
            int at = nodes.Count;
            nodes.Add(root);
            for (; at < nodes.Count; at++)
            {
                for (int c = tree.FirstChildNode(nodes[at]); c >= 0; c = tree.NextSiblingNode(c))
                    nodes.Add(c);
            }
        }
        return nodes;
    }

    /// <summary>The node after <paramref name="node"/> in the sorted thread, top down, or -1 at the end.</summary>
    private static int NextInThread(ThreadTree tree, SortedForest forest, int root, int node)
    {
        if (forest.FirstChild[node] >= 0)
            return forest.FirstChild[node];
        for (; node != root; node = tree.ParentNode(node))
        {
            if (forest.Next[node] >= 0)
                return forest.Next[node];
        }
        return -1;
    }

    /// <summary><c>reverse-threads</c>: the whole index upside down, each thread's root below its replies.</summary>
    private static void ReverseBlocks(int[]? order, int[] starts, int[]? roots)
    {
        if (order is not null)
            Array.Reverse(order);
        if (roots is not null)
            Array.Reverse(roots);
        int blocks = starts.Length - 1, length = starts[blocks];
        var old = (int[])starts.Clone();
        for (int j = 0; j < blocks; j++)
            starts[j] = length - old[blocks - j];
        starts[blocks] = length;
    }
}
