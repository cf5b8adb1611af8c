namespace MuttSharp.Core.Threading;

public sealed partial class ThreadTree
{
    /// <summary>
    /// The parent message as Mutt's <c>~&lt;(...)</c> sees it: the node directly above, or -1 when
    /// there is none or it is a missing message.
    /// </summary>
    public int ParentMessage(int message)
    {
        int parent = _parent[message];
        return parent >= 0 && IsMessageNode(parent) ? parent : -1;
    }

    /// <summary>The messages directly below a message (Mutt's <c>~&gt;(...)</c>); missing children are not descended into.</summary>
    public IEnumerable<int> ChildMessages(int message)
    {
        for (int c = _firstChild[message]; c >= 0; c = _nextSibling[c])
        {
            if (IsMessageNode(c))
                yield return c;
        }
    }

    /// <summary>Whether anything is threaded below the message; Mutt's <c>~$</c> matches messages where this is false.</summary>
    public bool HasChildren(int message) => _firstChild[message] >= 0;

    /// <summary>Whether the message repeats its parent's Message-ID (Mutt's <c>~=</c>).</summary>
    public bool IsDuplicate(int message) => HasFlag(message, ThreadNodeFlags.Duplicate);

    /// <summary>Whether the message was attached by subject rather than by reference.</summary>
    public bool IsPseudoThreaded(int message) => HasFlag(message, ThreadNodeFlags.Pseudo);

    /// <summary>Which thread (0 .. <see cref="ThreadCount"/>-1) a message belongs to.</summary>
    public int ThreadOf(int message) => _threadOfNode[message];

    /// <summary>Every message of the thread that holds <paramref name="message"/> (Mutt's <c>~(...)</c>), top down.</summary>
    public IEnumerable<int> ThreadMessages(int message)
    {
        var stack = new Stack<int>();
        stack.Push(_roots[_threadOfNode[message]]);
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            if (IsMessageNode(node))
                yield return node;
            for (int c = _firstChild[node]; c >= 0; c = _nextSibling[c])
                stack.Push(c);
        }
    }

    /// <summary>Records the top-level nodes and which thread each node belongs to.</summary>
    private void Finish()
    {
        var roots = new List<int>();
        _threadOfNode = new int[_nodeCount];
        var stack = new Stack<int>();
        for (int node = 0; node < _nodeCount; node++)
        {
            if (_parent[node] >= 0)
                continue;
            int thread = roots.Count;
            roots.Add(node);
            stack.Push(node);
            while (stack.Count > 0)
            {
                int n = stack.Pop();
                _threadOfNode[n] = thread;
                for (int c = _firstChild[n]; c >= 0; c = _nextSibling[c])
                    stack.Push(c);
            }
        }
        _roots = [.. roots];
    }
}
