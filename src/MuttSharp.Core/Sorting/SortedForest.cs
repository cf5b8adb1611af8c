namespace MuttSharp.Core.Sorting;

/// <summary>The sibling order of every thread-tree node after sorting (the tree itself stays unsorted).</summary>
internal sealed class SortedForest
{
    public SortedForest(int nodeCount)
    {
        FirstChild = new int[nodeCount];
        Next = new int[nodeCount];
        Previous = new int[nodeCount];
        Array.Fill(FirstChild, -1);
        Array.Fill(Next, -1);
        Array.Fill(Previous, -1);
    }

    public int[] FirstChild { get; }
    public int[] Next { get; }
    public int[] Previous { get; }

    /// <summary>Links <paramref name="children"/> under <paramref name="parent"/> in the given order.</summary>
    public void Link(int parent, List<int> children)
    {
        FirstChild[parent] = children.Count > 0 ? children[0] : -1;
        for (int i = 0; i < children.Count; i++)
        {
            Previous[children[i]] = i > 0 ? children[i - 1] : -1;
            Next[children[i]] = i + 1 < children.Count ? children[i + 1] : -1;
        }
    }
}
