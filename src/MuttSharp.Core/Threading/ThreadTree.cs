using MuttSharp.Core.Model;

namespace MuttSharp.Core.Threading;

/// <summary>
/// The threads of a mailbox: a forest built from References and In-Reply-To with the JWZ
/// algorithm as Mutt adapts it (missing parents become dummy nodes, duplicate Message-IDs, loops
/// broken, subject pseudo-threads unless <c>$strict_threads</c>). Node <c>i</c> for
/// <c>i &lt; MessageCount</c> is message number <c>i</c>; higher nodes are missing (dummy) parents.
/// The tree is built once per mailbox; sorting and limiting read it without changing it.
/// </summary>
public sealed partial class ThreadTree
{
    private int[] _parent;
    private int[] _firstChild;
    private int[] _nextSibling;
    private ThreadNodeFlags[] _flags;
    private int _nodeCount;

    private string?[] _realSubjects;
    private bool[] _hadReplyPrefix;

    // A tree read from the thread cache strips its subjects at their first use (a subject sort), from these.
    private volatile Unstripped? _unstripped;
    private readonly Lock _stripping = new();

    // Filled once the forest is final.
    private int[] _roots = [];
    private int[] _threadOfNode = [];

    private ThreadTree(int messageCount)
    {
        MessageCount = messageCount;
        int capacity = Math.Max(16, messageCount + messageCount / 4);
        _parent = new int[capacity];
        _firstChild = new int[capacity];
        _nextSibling = new int[capacity];
        _flags = new ThreadNodeFlags[capacity];
        _realSubjects = new string?[messageCount];
        _hadReplyPrefix = new bool[messageCount];
        _nodeCount = messageCount;
        Array.Fill(_parent, -1, 0, messageCount);
        Array.Fill(_firstChild, -1, 0, messageCount);
        Array.Fill(_nextSibling, -1, 0, messageCount);
    }

    /// <summary>
    /// A finished forest of <paramref name="nodeCount"/> nodes over <paramref name="messages"/>, as
    /// <see cref="ThreadCache"/> read it back (it checked that the links form a forest).
    /// </summary>
    private ThreadTree(IReadOnlyList<Message> messages, ThreadOptions options, int nodeCount, int[] parent, int[] firstChild, int[] nextSibling, ThreadNodeFlags[] flags)
    {
        MessageCount = messages.Count;
        _nodeCount = nodeCount;
        (_parent, _firstChild, _nextSibling, _flags) = (parent, firstChild, nextSibling, flags);
        (_realSubjects, _hadReplyPrefix) = ([], []);
        _unstripped = new Unstripped(messages, ReplySubject.For(options.ReplyRegexp));
        Finish();
    }

    internal static ThreadTree FromLinks(IReadOnlyList<Message> messages, ThreadOptions options, int nodeCount, int[] parent, int[] firstChild,
        int[] nextSibling, ThreadNodeFlags[] flags) => new(messages, options, nodeCount, parent, firstChild, nextSibling, flags);

    /// <summary>How many messages the tree was built from.</summary>
    public int MessageCount { get; }

    /// <summary>Messages plus missing (dummy) parents.</summary>
    internal int NodeCount => _nodeCount;

    /// <summary>How many threads (top-level nodes) there are.</summary>
    public int ThreadCount => _roots.Length;

    internal ReadOnlySpan<int> Roots => _roots;

    /// <summary>
    /// Threads <paramref name="messages"/> (in mailbox order, <c>messages[i].Number == i</c>).
    /// An invalid <see cref="ThreadOptions.ReplyRegexp"/> falls back to Mutt's default (see
    /// <see cref="ReplySubject.For"/>).
    /// </summary>
    public static ThreadTree Build(IReadOnlyList<Message> messages, ThreadOptions options)
    {
        var tree = new ThreadTree(messages.Count);
        new ThreadBuilder(tree, messages, options, ReplySubject.For(options.ReplyRegexp)).Run();
        return tree;
    }

    internal int ParentNode(int node) => _parent[node];

    internal int FirstChildNode(int node) => _firstChild[node];

    internal int NextSiblingNode(int node) => _nextSibling[node];

    internal bool IsMessageNode(int node) => node < MessageCount;

    internal bool HasFlag(int node, ThreadNodeFlags flag) => (_flags[node] & flag) != 0;

    internal int ThreadOfNode(int node) => _threadOfNode[node];

    /// <summary>The real subject (reply prefix removed) of a message, or null when it has none.</summary>
    public string? RealSubject(int message)
    {
        Strip();
        return _realSubjects[message];
    }

    /// <summary>Whether <see cref="RealSubject"/> had a reply prefix removed.</summary>
    public bool HadReplyPrefix(int message)
    {
        Strip();
        return _hadReplyPrefix[message];
    }

    /// <summary>The links, for <see cref="ThreadCache"/> to keep: every array is <see cref="NodeCount"/> long or longer.</summary>
    internal (int[] Parent, int[] FirstChild, int[] NextSibling, ThreadNodeFlags[] Flags) Links => (_parent, _firstChild, _nextSibling, _flags);

    private void Strip()
    {
        if (_unstripped is null)
            return;
        lock (_stripping)
        {
            if (_unstripped is not { } source)
                return; // stripped by another thread meanwhile
            var subjects = new string?[MessageCount];
            var hadPrefix = new bool[MessageCount];
            source.Reply.StripAll(source.Messages, subjects, hadPrefix);
            (_realSubjects, _hadReplyPrefix) = (subjects, hadPrefix);
            _unstripped = null;
        }
    }

    /// <summary>Whether the subject differs from the nearest ancestor message's (Mutt hides it otherwise).</summary>
    public bool SubjectChanged(int message) => HasFlag(message, ThreadNodeFlags.SubjectChanged);

    private sealed record Unstripped(IReadOnlyList<Message> Messages, ReplySubject Reply);
}
