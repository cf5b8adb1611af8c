using MuttSharp.Core.Model;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Sorting;

/// <summary>What some sort columns need besides the messages: real subjects (from the thread tree when there is one) and spam tags.</summary>
internal sealed class SortInputs(IReadOnlyList<Message> messages, ThreadOptions threading, ThreadTree? tree, Func<Message, string?>? spamTag)
{
    private string?[]? _subjects;

    public Func<Message, string?>? SpamTag => spamTag;

    public IReadOnlyList<string?> RealSubjects()
    {
        if (_subjects is not null)
            return _subjects;
        _subjects = new string?[messages.Count];
        if (tree is not null)
        {
            for (int i = 0; i < _subjects.Length; i++)
                _subjects[i] = tree.RealSubject(i);
            return _subjects;
        }
        ReplySubject.For(threading.ReplyRegexp).StripAll(messages, _subjects, new bool[messages.Count]);
        return _subjects;
    }
}
