namespace MuttSharp.Core.Config.Format;

/// <summary>Which expando table a format variable is rendered with.</summary>
public enum FormatKind
{
    /// <summary>Message expandos (<see cref="IndexExpandos"/>).</summary>
    Message,

    /// <summary>Mailbox status expandos (<see cref="StatusExpandos"/>).</summary>
    Status,

    /// <summary>Compose menu status (<see cref="ComposeExpandos"/>).</summary>
    Compose,

    /// <summary>File browser lines (<see cref="FolderExpandos"/>).</summary>
    Folder,

    /// <summary>Sidebar lines (<see cref="SidebarExpandos"/>).</summary>
    Sidebar,

    /// <summary>Alias menu lines (<see cref="AliasExpandos"/>).</summary>
    Alias,

    /// <summary>Query menu lines (<see cref="QueryExpandos"/>).</summary>
    Query,

    /// <summary>Attachment menu lines (<see cref="AttachExpandos"/>).</summary>
    Attachment,
}
