namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>setenv [?]NAME [=] value</c> and <c>unsetenv NAME</c>: changes the environment seen by <c>$NAME</c> and by commands MuttSharp runs.</summary>
internal sealed class SetenvCommand(string name, bool remove) : BuiltinCommand(name)
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var environment = context.Config.Environment;
        if (!args.MoreArgs)
            return "too few arguments";
        bool query = args.Peek == '?';
        if (query)
            args.Skip();
        string variable = args.Next(MuttrcTokenFlags.Equal | MuttrcTokenFlags.Question);
        if (remove)
        {
            environment.Set(variable, null);
            return null;
        }
        if (query)
        {
            context.Config.AddMessage(environment.Get(variable) is { } shown ? $"{variable}={shown}" : $"{variable}: not set");
            return null;
        }
        if (args.Peek == '=')
            args.Skip();
        if (!args.MoreArgs)
            return "too few arguments";
        environment.Set(variable, args.Next());
        return null;
    }
}
