using MuttSharp.Core.Model;

namespace MuttSharp.Core.Threading;

public sealed partial class ThreadTree
{
    /// <summary>
    /// Builds the forest in Mutt's three passes: Message-IDs (duplicates), references (dummy
    /// parents, loops refused), then subject pseudo-threads. Every link attaches a parentless node
    /// under a node of another tree, so trees only ever merge: a disjoint-set over nodes answers
    /// "would this link make a loop?" in near-constant time even for 100k-deep chains.
    /// </summary>
    private sealed class ThreadBuilder
    {
        private readonly ThreadTree _tree;
        private readonly IReadOnlyList<Message> _messages;
        private readonly ThreadOptions _options;
        private readonly ReplySubject _reply;
        private int[] _set;

        // When each top-level node became one (Mutt prepends to its list of threads); -1 while not at the top.
        private int[] _topSince;
        private int _topCount;

        public ThreadBuilder(ThreadTree tree, IReadOnlyList<Message> messages, ThreadOptions options, ReplySubject reply)
        {
            _tree = tree;
            _messages = messages;
            _options = options;
            _reply = reply;
            _set = new int[tree._parent.Length];
            for (int i = 0; i < _set.Length; i++)
                _set[i] = i;
            _topSince = new int[tree._parent.Length];
            Array.Fill(_topSince, -1);
        }

        public void Run()
        {
            // Links need only ids and subjects only subjects and dates: the two passes run on two cores.
            PseudoThreader? pseudo = null;
            Parallel.Invoke(
                () =>
                {
                    var byId = new Dictionary<string, int>(_messages.Count, StringComparer.Ordinal);
                    var threaded = new bool[_messages.Count];
                    LinkDuplicates(byId, threaded);
                    LinkReferences(byId, threaded);
                },
                () =>
                {
                    StripSubjects();
                    if (!_options.StrictThreads)
                        pseudo = new PseudoThreader(this);
                });
            MarkSubjectChanges();
            pseudo?.Run();
            _tree.Finish();
        }

        private void LinkDuplicates(Dictionary<string, int> byId, bool[] threaded)
        {
            for (int i = 0; i < _messages.Count; i++)
            {
                string? id = _messages[i].Summary.MessageId;
                if (string.IsNullOrEmpty(id))
                    continue;
                if (byId.TryAdd(id, i))
                    continue;
                if (_options.DuplicateThreads)
                {
                    // The map keeps the original, so every later copy hangs directly under it.
                    Link(i, byId[id]);
                    _tree._flags[i] |= ThreadNodeFlags.Duplicate;
                    threaded[i] = true;
                }
                else
                {
                    byId[id] = i; // as in Mutt, replies then attach to the copy read last
                }
            }
        }

        private void LinkReferences(Dictionary<string, int> byId, bool[] threaded)
        {
            for (int i = 0; i < _messages.Count; i++)
            {
                if (threaded[i])
                    continue;
                var summary = _messages[i].Summary;
                int current = i;
                int count = ReferenceCount(summary);
                for (int k = 0; k < count; k++)
                {
                    string reference = Reference(summary, k);
                    if (reference.Length == 0)
                        continue;
                    if (!byId.TryGetValue(reference, out int target))
                    {
                        target = NewDummy();
                        byId.Add(reference, target);
                    }
                    else
                    {
                        if (_tree.HasFlag(target, ThreadNodeFlags.Duplicate))
                            target = _tree._parent[target];
                        if (Find(target) == Find(current))
                            continue; // a loop in the references: skip this one, try the next older
                    }
                    _topSince[current] = -1;
                    Link(current, target);
                    current = target;
                    // Only a parentless missing message goes on to take its own parent from the chain.
                    if (_tree.IsMessageNode(current) || _tree._parent[current] >= 0)
                        break;
                }
                if (_tree._parent[current] < 0 && _topSince[current] < 0)
                    _topSince[current] = _topCount++;
            }
        }

        /// <summary>
        /// How many ids a message points to. They are read nearest first: In-Reply-To, then
        /// References newest to oldest, skipping the newest reference when it repeats In-Reply-To
        /// (some clients put the parent in both).
        /// </summary>
        private static int ReferenceCount(MessageSummary summary)
        {
            int references = summary.References.Count;
            if (string.IsNullOrEmpty(summary.InReplyTo))
                return references;
            return 1 + (references > 0 && summary.References[^1] == summary.InReplyTo ? references - 1 : references);
        }

        /// <summary>The <paramref name="k"/>-th id of <see cref="ReferenceCount"/>'s order.</summary>
        private static string Reference(MessageSummary summary, int k)
        {
            var references = summary.References;
            if (string.IsNullOrEmpty(summary.InReplyTo))
                return references[references.Count - 1 - k];
            if (k == 0)
                return summary.InReplyTo;
            int newest = references.Count > 0 && references[^1] == summary.InReplyTo ? references.Count - 2 : references.Count - 1;
            return references[newest - (k - 1)];
        }

        private void StripSubjects() => _reply.StripAll(_messages, _tree._realSubjects, _tree._hadReplyPrefix);

        private void MarkSubjectChanges()
        {
            for (int i = 0; i < _messages.Count; i++)
            {
                int ancestor = NearestMessageAncestor(i);
                if (ancestor < 0 || !string.Equals(_tree._realSubjects[i], _tree._realSubjects[ancestor], StringComparison.Ordinal))
                    _tree._flags[i] |= ThreadNodeFlags.SubjectChanged;
            }
        }

        private int NearestMessageAncestor(int node)
        {
            int up = _tree._parent[node];
            while (up >= 0 && !_tree.IsMessageNode(up))
                up = _tree._parent[up];
            return up;
        }

        private int NewDummy()
        {
            var t = _tree;
            if (t._nodeCount == t._parent.Length)
            {
                int size = t._parent.Length * 2;
                Array.Resize(ref t._parent, size);
                Array.Resize(ref t._firstChild, size);
                Array.Resize(ref t._nextSibling, size);
                Array.Resize(ref t._flags, size);
                int old = _set.Length;
                Array.Resize(ref _set, size);
                Array.Resize(ref _topSince, size);
                for (int i = old; i < size; i++)
                    _set[i] = i;
                Array.Fill(_topSince, -1, old, size - old);
            }
            int node = t._nodeCount++;
            t._parent[node] = -1;
            t._firstChild[node] = -1;
            t._nextSibling[node] = -1;
            return node;
        }

        /// <summary>Attaches the parentless <paramref name="child"/> as the first child of <paramref name="parent"/>.</summary>
        private void Link(int child, int parent)
        {
            var t = _tree;
            t._parent[child] = parent;
            t._nextSibling[child] = t._firstChild[parent];
            t._firstChild[parent] = child;
            int a = Find(child), b = Find(parent);
            if (a != b)
                _set[a] = b;
        }

        private void Unlink(int child)
        {
            var t = _tree;
            int parent = t._parent[child];
            if (t._firstChild[parent] == child)
            {
                t._firstChild[parent] = t._nextSibling[child];
            }
            else
            {
                int sibling = t._firstChild[parent];
                while (t._nextSibling[sibling] != child)
                    sibling = t._nextSibling[sibling];
                t._nextSibling[sibling] = t._nextSibling[child];
            }
            t._parent[child] = -1;
            t._nextSibling[child] = -1;
        }

        /// <summary>The representative of a node's tree (path halving).</summary>
        private int Find(int node)
        {
            while (_set[node] != node)
            {
                _set[node] = _set[_set[node]];
                node = _set[node];
            }
            return node;
        }

        /// <summary>
        /// Mutt's subject pseudo-threads: a top-level thread whose real subject (with
        /// <c>$sort_re</c>, only a "Re:" one) equals that of an earlier message that starts a
        /// subject is attached under the latest such message sent no later than itself.
        /// </summary>
        private sealed class PseudoThreader
        {
            private readonly ThreadBuilder _b;
            private readonly ThreadTree _t;
            private readonly long[] _date;
            private readonly Dictionary<string, int> _group = new(StringComparer.Ordinal);
            private int[] _sorted = [];   // messages with a subject, by (group, date, number)
            private int[] _groupStart = [];
            private int[] _groupOf = [];
            private int[] _position = [];
            private int[] _alive = [];    // left-pointing skip links over candidates no longer usable
            private readonly List<int> _frontier = [];
            private readonly Stack<int> _stack = new();

            /// <summary>Groups the messages by real subject; needs the real subjects, not the links.</summary>
            public PseudoThreader(ThreadBuilder builder)
            {
                _b = builder;
                _t = builder._tree;
                _date = new long[_t.MessageCount];
                for (int i = 0; i < _date.Length; i++)
                {
                    var s = builder._messages[i].Summary;
                    _date[i] = (builder._options.ThreadReceived ? s.Received : s.Date).ToUnixTimeSeconds();
                }
                GroupSubjects();
            }

            /// <summary>Attaches threads by subject; the links and the subject changes must be in place.</summary>
            public void Run()
            {
                IndexCandidates();
                var roots = new List<int>();
                for (int node = 0; node < _t._nodeCount; node++)
                {
                    if (_t._parent[node] < 0)
                        roots.Add(node);
                }
                // Newest thread first, as Mutt walks its list; it matters when equal subjects could join either way.
                var since = _b._topSince;
                roots.Sort((a, b) => since[b].CompareTo(since[a]));
                var subjects = new List<string>();
                foreach (int root in roots)
                {
                    int parent = FindSubjectParent(root, subjects);
                    if (parent >= 0)
                        Attach(root, parent);
                }
            }

            /// <summary>Orders the candidates by (subject, date, number) through one packed key: group, date offset, number.</summary>
            private void SortByGroupDateNumber()
            {
                long minDate = long.MaxValue;
                foreach (int m in _sorted)
                    minDate = Math.Min(minDate, _date[m]);
                var keys = new Int128[_sorted.Length];
                for (int p = 0; p < keys.Length; p++)
                {
                    int m = _sorted[p];
                    keys[p] = ((Int128)_groupOf[m] << 96) | ((Int128)(ulong)(_date[m] - minDate) << 32) | (uint)m;
                }
                Array.Sort(keys);
                for (int p = 0; p < keys.Length; p++)
                    _sorted[p] = (int)(uint)(keys[p] & uint.MaxValue);
            }

            private void GroupSubjects()
            {
                int n = _t.MessageCount;
                _groupOf = new int[n];
                int count = 0;
                for (int i = 0; i < n; i++)
                {
                    string? subject = _t._realSubjects[i];
                    if (subject is null)
                    {
                        _groupOf[i] = -1;
                        continue;
                    }
                    if (!_group.TryGetValue(subject, out int g))
                        _group.Add(subject, g = _group.Count);
                    _groupOf[i] = g;
                    count++;
                }
                _sorted = new int[count];
                count = 0;
                for (int i = 0; i < n; i++)
                {
                    if (_groupOf[i] >= 0)
                        _sorted[count++] = i;
                }
                SortByGroupDateNumber();
            }

            private void IndexCandidates()
            {
                int n = _t.MessageCount, count = _sorted.Length;
                _groupStart = new int[_group.Count + 1];
                _position = new int[n];
                _alive = new int[count];
                for (int p = 0; p < count; p++)
                {
                    int m = _sorted[p];
                    _position[m] = p;
                    _groupStart[_groupOf[m] + 1] = p + 1;
                    _alive[p] = _t.HasFlag(m, ThreadNodeFlags.SubjectChanged) ? p : p - 1;
                }
                for (int g = 1; g < _groupStart.Length; g++)
                    _groupStart[g] = Math.Max(_groupStart[g], _groupStart[g - 1]);
            }

            private int FindSubjectParent(int root, List<string> subjects)
            {
                subjects.Clear();
                long date = long.MaxValue;
                foreach (int m in Frontier(root))
                {
                    date = Math.Min(date, _date[m]);
                    string? subject = _t._realSubjects[m];
                    if (subject is not null && (_t._hadReplyPrefix[m] || !_b._options.SortRe))
                        subjects.Add(subject);
                }
                if (subjects.Count > 1)
                {
                    // Mutt walks the subjects in descending byte order; on equal dates the first found wins.
                    subjects.Sort((x, y) => string.CompareOrdinal(y, x));
                }
                int best = -1;
                int rootSet = _b.Find(root);
                foreach (string subject in subjects)
                {
                    int g = _group[subject];
                    int start = _groupStart[g];
                    int p = LastAtOrBefore(start, _groupStart[g + 1], date);
                    for (p = Alive(p, start); p >= start; p = Alive(p - 1, start))
                    {
                        int m = _sorted[p];
                        if (m != root && _b.Find(m) != rootSet)
                            break;
                    }
                    if (p < start)
                        continue;
                    int candidate = _sorted[p];
                    if (best < 0 || _date[best] < _date[candidate])
                        best = candidate;
                }
                return best;
            }

            private void Attach(int root, int parent)
            {
                _t._flags[root] |= ThreadNodeFlags.Pseudo;
                Retire(root);
                _b.Link(root, parent);
                foreach (int m in Frontier(root))
                {
                    if (m != root && !string.Equals(_t._realSubjects[m], _t._realSubjects[parent], StringComparison.Ordinal))
                        continue;
                    _t._flags[m] &= ~ThreadNodeFlags.SubjectChanged;
                    Retire(m);
                    // Its own pseudo-children share the subject too: they belong with the new parent.
                    for (int c = _t._firstChild[m]; c >= 0;)
                    {
                        int next = _t._nextSibling[c];
                        if (_t.HasFlag(c, ThreadNodeFlags.Pseudo))
                        {
                            _b.Unlink(c);
                            _b.Link(c, parent);
                        }
                        c = next;
                    }
                }
            }

            /// <summary>The nearest messages at or below a node: the node itself, or the first message down each branch.</summary>
            private List<int> Frontier(int node)
            {
                _frontier.Clear();
                _stack.Push(node);
                while (_stack.Count > 0)
                {
                    int n = _stack.Pop();
                    if (_t.IsMessageNode(n))
                    {
                        _frontier.Add(n);
                        continue;
                    }
                    for (int c = _t._firstChild[n]; c >= 0; c = _t._nextSibling[c])
                        _stack.Push(c);
                }
                return _frontier;
            }

            private int LastAtOrBefore(int start, int end, long date)
            {
                int lo = start, hi = end; // first position with a later date
                while (lo < hi)
                {
                    int mid = (lo + hi) >>> 1;
                    if (_date[_sorted[mid]] <= date)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                return lo - 1;
            }

            /// <summary>The nearest usable candidate at or before <paramref name="p"/>, or below <paramref name="start"/>.</summary>
            private int Alive(int p, int start)
            {
                int q = p;
                while (q >= start && _alive[q] != q)
                    q = _alive[q];
                while (p >= start && _alive[p] != p)
                {
                    int next = _alive[p];
                    _alive[p] = q;
                    p = next;
                }
                return q;
            }

            private void Retire(int message)
            {
                if (_t.IsMessageNode(message) && _groupOf[message] >= 0)
                {
                    int p = _position[message];
                    _alive[p] = p - 1;
                }
            }
        }
    }
}
