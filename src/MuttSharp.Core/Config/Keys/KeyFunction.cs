namespace MuttSharp.Core.Config.Keys;

/// <summary>A function a menu offers (<c>delete-message</c>), with a one-line description for help screens.</summary>
/// <param name="Menu">The menu whose function table lists it.</param>
/// <param name="Name">The name used by <c>bind</c>, <c>exec</c> and <c>&lt;name&gt;</c> in macros.</param>
/// <param name="Description">What it does, in one line.</param>
public sealed record KeyFunction(KeyMenu Menu, string Name, string Description);
