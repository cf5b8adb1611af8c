using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Sorting;

/// <summary>
/// Where each thread's tree lines go, as Mutt lays them out: which nodes take a column (a hidden
/// or missing message may or may not, per <c>$hide_*</c>), which arrow and mark each column
/// shows, and whether a vertical line continues below. A thread is laid out the first time one
/// of its rows is drawn; a row's prefix is then read off its ancestors, so drawing a screen costs
/// the depth of its rows, not the size of the folder or of a long thread.
/// </summary>
internal sealed class TreeLayout
{
    private readonly ThreadTree _tree;
    private readonly SortedForest _forest;
    private readonly bool[] _keep;
    private readonly ThreadOptions _options;
    private readonly TreeGlyphs _glyphs;
    private readonly char _corner;
    private readonly char _verticalTee;

    private readonly bool[] _laidOut;
    private readonly bool[] _deep;
    private readonly byte[] _visibleBelow;   // 0 none, 1 one branch, 2 where visible branches meet
    private readonly bool[] _laterSiblingVisible;
    private readonly char[] _arrow;          // two columns per node
    private readonly char[] _line;           // what the node's column shows on the rows below it
    private readonly int[] _depth;
    private readonly int[] _start;           // the first column drawn as an arrow rather than a line
    private readonly List<int> _nodes = [];

    public TreeLayout(ThreadTree tree, SortedForest forest, bool[] keep, ThreadOptions options, bool reverse)
    {
        _tree = tree;
        _forest = forest;
        _keep = keep;
        _options = options;
        _glyphs = options.AsciiChars ? TreeGlyphs.Ascii : TreeGlyphs.LineDrawing;
        // Upside down, a reply's line comes from below its parent.
        _corner = reverse ? _glyphs.UpperLeftCorner : _glyphs.LowerLeftCorner;
        _verticalTee = reverse ? _glyphs.BottomTee : _glyphs.TopTee;
        int n = tree.NodeCount;
        _laidOut = new bool[tree.ThreadCount];
        _deep = new bool[n];
        _visibleBelow = new byte[n];
        _laterSiblingVisible = new bool[n];
        _arrow = new char[2 * n];
        _line = new char[n];
        _depth = new int[n];
        _start = new int[n];
    }

    private int Width => _options.NarrowTree ? 1 : 2;

    /// <summary>The tree drawn before the subject of <paramref name="message"/>; empty at the top of a thread.</summary>
    public string Prefix(int message)
    {
        int thread = _tree.ThreadOfNode(message);
        if (!_laidOut[thread])
        {
            LayOut(_tree.Roots[thread]);
            _laidOut[thread] = true;
        }
        int depth = _depth[message];
        if (depth == 0)
            return "";
        int width = Width, start = _start[message];
        var chars = new char[depth * width + 1];
        chars[^1] = TreeGlyphs.RightArrow;
        int level = depth;
        for (int node = message; level > 0; node = _tree.ParentNode(node))
        {
            if (!_deep[node])
                continue;
            int at = (level - 1) * width;
            if (level < start)
            {
                chars[at] = _line[node];
                if (width == 2)
                    chars[at + 1] = TreeGlyphs.Space;
            }
            else
            {
                chars[at] = _arrow[2 * node];
                if (width == 2)
                    chars[at + 1] = _arrow[2 * node + 1];
            }
            level--;
        }
        return new string(chars);
    }

    /// <summary>
    /// Mutt's <c>$hide_thread_subject</c>: a subject is shown unless it equals the parent's and
    /// the nearest shown message above it (sibling or ancestor) did not change subject either.
    /// </summary>
    public bool ShowSubject(int message)
    {
        if (!_options.HideThreadSubject || _tree.SubjectChanged(message))
            return true;
        for (int s = _forest.Previous[message]; s >= 0; s = _forest.Previous[s])
        {
            if (!Visible(s))
                continue;
            if (_tree.SubjectChanged(s))
                return true;
            break;
        }
        for (int a = _tree.ParentNode(message); a >= 0; a = _tree.ParentNode(a))
        {
            if (Visible(a))
                return false;
            if (_tree.IsMessageNode(a) && _tree.SubjectChanged(a))
                return true;
        }
        return true;
    }

    // Collapsing does not change the drawing: as in Mutt, messages folded into a collapsed thread still count as shown.
    private bool Visible(int node) => _tree.IsMessageNode(node) && _keep[node];

    private void LayOut(int root)
    {
        CollectTopDown(root);
        MarkDepthTaking();
        if ((_options.HideTopMissing && !_options.HideMissing) || (_options.HideTopLimited && !_options.HideLimited))
            HideTop(root);
        Draw(root);
    }

    private void CollectTopDown(int root)
    {
        _nodes.Clear();
        for (int node = root; node >= 0;)
        {
            _nodes.Add(node);
            if (_forest.FirstChild[node] >= 0)
            {
                node = _forest.FirstChild[node];
                continue;
            }
            while (node != root && _forest.Next[node] < 0)
                node = _tree.ParentNode(node);
            node = node == root ? -1 : _forest.Next[node];
        }
    }

    /// <summary>Bottom up: which subtrees hold shown messages, and which nodes take a column.</summary>
    private void MarkDepthTaking()
    {
        for (int i = _nodes.Count - 1; i >= 0; i--)
        {
            int node = _nodes[i];
            int branches = 0;
            for (int c = _forest.FirstChild[node]; c >= 0; c = _forest.Next[c])
                branches += _visibleBelow[c] > 0 ? 1 : 0;
            bool visible = Visible(node);
            _visibleBelow[node] = (byte)((visible && branches > 0) || branches > 1 ? 2 : visible || branches == 1 ? 1 : 0);
            bool takesColumn = visible || (_tree.IsMessageNode(node) ? !_options.HideLimited : !_options.HideMissing);
            // Where shown branches meet, the node must take a column or the branches would float.
            _deep[node] = takesColumn || _visibleBelow[node] == 2;
            int next = _forest.Next[node];
            _laterSiblingVisible[node] = next >= 0 && (_visibleBelow[next] > 0 || _laterSiblingVisible[next]);
        }
    }

    /// <summary><c>$hide_top_missing</c>/<c>$hide_top_limited</c>: a hidden message heading a single branch gives up its column.</summary>
    private void HideTop(int root)
    {
        var stack = new Stack<int>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            bool message = _tree.IsMessageNode(node);
            bool hideThis = message
                ? _options.HideTopLimited && !_options.HideLimited
                : _options.HideTopMissing && !_options.HideMissing;
            if (!Visible(node) && _deep[node] && _visibleBelow[node] < 2 && hideThis)
                _deep[node] = false;
            if (_deep[node] || _visibleBelow[node] == 0)
                continue;
            for (int c = _forest.FirstChild[node]; c >= 0; c = _forest.Next[c])
                stack.Push(c);
        }
    }

    /// <summary>
    /// Walks the column-taking nodes top down. <c>start</c> is the first level drawn as arrows
    /// for the next shown row (levels above it continue the lines of earlier rows);
    /// <c>lineBelow</c> and <c>pseudo</c> remember, between two column-taking nodes, whether a later
    /// sibling still needs a line and whether a pseudo-thread was entered.
    /// </summary>
    private void Draw(int root)
    {
        int depth = 0, start = 0, previous = -1, lineBelow = -1, pseudo = -1;
        int node = root;
        while (true)
        {
            if (depth > 0)
            {
                _arrow[2 * node] = start == depth ? (lineBelow >= 0 ? _glyphs.LeftTee : _corner)
                    : _tree.IsMessageNode(previous) && !_options.HideLimited ? TreeGlyphs.Hidden
                    : !_tree.IsMessageNode(previous) && !_options.HideMissing ? TreeGlyphs.Missing
                    : _verticalTee;
                _arrow[2 * node + 1] = pseudo >= 0 ? TreeGlyphs.Pseudo
                    : _tree.HasFlag(node, ThreadNodeFlags.Duplicate) ? TreeGlyphs.Duplicate
                    : _glyphs.HorizontalLine;
                if (_forest.FirstChild[node] >= 0)
                    _line[node] = lineBelow >= 0 ? _glyphs.VerticalLine : TreeGlyphs.Space;
            }
            _depth[node] = depth;
            _start[node] = start;
            previous = node;
            lineBelow = -1;
            pseudo = -1;
            do
            {
                if (_forest.FirstChild[node] >= 0 && _visibleBelow[node] > 0)
                {
                    if (_deep[node])
                        depth++;
                    if (Visible(node))
                        start = depth;
                    node = _forest.FirstChild[node];
                    while (_visibleBelow[node] == 0 && _forest.Next[node] >= 0)
                        node = _forest.Next[node];
                }
                else
                {
                    while (true)
                    {
                        if (node == pseudo)
                            pseudo = -1;
                        if (node == lineBelow)
                            lineBelow = -1;
                        if (Visible(node))
                            start = depth;
                        if (node == root)
                            return;
                        if (_forest.Next[node] >= 0)
                            break;
                        node = _tree.ParentNode(node);
                        if (_deep[node])
                        {
                            if (start == depth)
                                start--;
                            depth--;
                        }
                    }
                    node = _forest.Next[node];
                }
                if (pseudo < 0 && _tree.HasFlag(node, ThreadNodeFlags.Pseudo))
                    pseudo = node;
                if (lineBelow < 0 && _laterSiblingVisible[node])
                    lineBelow = node;
            }
            while (!_deep[node]);
        }
    }
}
