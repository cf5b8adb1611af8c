namespace MuttSharp.Tui.Functions;

/// <summary>Runs one Mutt function. Long work is awaited; the screen stays live meanwhile.</summary>
public delegate Task FunctionHandler(FunctionCall call);
