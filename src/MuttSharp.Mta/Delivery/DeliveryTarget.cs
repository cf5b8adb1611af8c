namespace MuttSharp.Mta.Delivery;

/// <summary>One place a recipient's copy goes.</summary>
/// <param name="Kind">Maildir, file, command or remote.</param>
/// <param name="Destination">The Maildir or file path, the command as written, or the remote address.</param>
/// <param name="DeliveredTo">The address written in <c>Delivered-To:</c> (and checked for loops).</param>
/// <param name="Argv">For a command: the program and its arguments, split without a shell.</param>
public sealed record DeliveryTarget(DeliveryKind Kind, string Destination, string DeliveredTo, IReadOnlyList<string>? Argv = null);
