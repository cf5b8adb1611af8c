namespace MuttSharp.Core.Threading;

/// <summary>Marks on a node of the thread tree, as Mutt keeps them on its THREAD nodes.</summary>
[Flags]
internal enum ThreadNodeFlags : byte
{
    None = 0,

    /// <summary>Attached by subject, not by reference: drawn with <c>*</c>.</summary>
    Pseudo = 1 << 0,

    /// <summary>Repeats the Message-ID of its parent: drawn with <c>=</c>.</summary>
    Duplicate = 1 << 1,

    /// <summary>The real subject differs from that of the nearest ancestor holding a message.</summary>
    SubjectChanged = 1 << 2,
}
