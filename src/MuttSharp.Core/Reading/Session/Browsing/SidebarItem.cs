using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Reading.Session.Browsing;

/// <summary>One line of the sidebar: the folder it opens and what <c>$sidebar_format</c> shows of it.</summary>
/// <param name="Path">The folder's path.</param>
/// <param name="Entry">The expando inputs: the name as shown and the counts.</param>
public sealed record SidebarItem(string Path, SidebarEntry Entry);
