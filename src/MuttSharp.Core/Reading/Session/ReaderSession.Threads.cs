using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    /// <summary>The messages of the thread that holds <paramref name="message"/>.</summary>
    private IEnumerable<int> ThreadOf(int message) => Threads().ThreadMessages(message);

    /// <summary><paramref name="message"/> and every message below it, through missing parents too.</summary>
    private IEnumerable<int> SubthreadOf(int message)
    {
        var threads = Threads();
        var stack = new Stack<int>();
        stack.Push(message);
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            if (threads.IsMessageNode(node))
                yield return node;
            for (int c = threads.FirstChildNode(node); c >= 0; c = threads.NextSiblingNode(c))
                stack.Push(c);
        }
    }

    /// <summary>How many nodes (missing parents included) are above <paramref name="message"/>.</summary>
    private static int Depth(ThreadTree threads, int message)
    {
        int depth = 0;
        for (int node = threads.ParentNode(message); node >= 0; node = threads.ParentNode(node))
            depth++;
        return depth;
    }
}
