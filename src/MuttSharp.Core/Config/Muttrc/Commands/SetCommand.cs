using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>
/// <c>set</c>, <c>unset</c>, <c>toggle</c>, <c>reset</c>: several assignments per line, the <c>no</c>,
/// <c>inv</c>, <c>?</c> and <c>&amp;</c> prefixes, <c>var=value</c>, NeoMutt's <c>+=</c>/<c>-=</c>, <c>reset all</c>.
/// Where Mutt treats a prefix on a non-boolean as a query (<c>unset wrap</c>), so does this.
/// </summary>
internal sealed class SetCommand(string name, SetCommand.Mode mode) : BuiltinCommand(name)
{
    public enum Mode { Set, Unset, Toggle, Reset }

    private enum Operator { None, Assign, Append, Subtract }

    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var config = context.Config;
        while (args.MoreArgs)
        {
            bool query = false, unset = mode == Mode.Unset, invert = mode == Mode.Toggle, reset = mode == Mode.Reset;
            string rest = args.Remaining;
            if (rest.StartsWith('?'))
            {
                query = true;
                args.Skip();
            }
            else if (rest.StartsWith("no", StringComparison.Ordinal))
            {
                unset = !unset;
                args.Skip(2);
            }
            else if (rest.StartsWith("inv", StringComparison.Ordinal))
            {
                invert = !invert;
                args.Skip(3);
            }
            else if (rest.StartsWith('&'))
            {
                reset = true;
                args.Skip();
            }

            string variable = args.Next(MuttrcTokenFlags.Equal | MuttrcTokenFlags.Plus | MuttrcTokenFlags.Minus);
            var op = ReadOperator(args, ref variable);
            bool isUser = MuttConfig.IsUserVariableName(variable);
            VariableDefinition? definition = null;
            if (!isUser && !config.Variables.TryFind(variable, out definition) && !(reset && variable == "all"))
                return $"{variable}: unknown variable";

            if (reset)
            {
                if (query || unset || invert)
                    return "prefix is illegal with reset";
                if (op != Operator.None)
                    return "value is illegal with reset";
                if (variable == "all")
                {
                    foreach (var each in config.Variables.All)
                        config.ResetVariable(each);
                }
                else if (isUser)
                {
                    config.RemoveUserVariable(variable);
                }
                else
                {
                    config.ResetVariable(definition!);
                }
                continue;
            }

            string? error = isUser
                ? SetUser(context, args, variable, op, query, unset)
                : SetDefined(context, args, variable, definition!, op, query, unset, invert);
            if (error is not null)
                return error;
        }
        return null;
    }

    /// <summary>Reads <c>=</c>, <c>+=</c> or <c>-=</c> after a name; a lone <c>+</c>/<c>-</c> stays part of the name, as Mutt reads it.</summary>
    private static Operator ReadOperator(MuttrcArguments args, ref string variable)
    {
        string rest = args.Remaining;
        if (rest.StartsWith('='))
        {
            args.Skip();
            return Operator.Assign;
        }
        if (rest.StartsWith("+=", StringComparison.Ordinal) || rest.StartsWith("-=", StringComparison.Ordinal))
        {
            args.Skip(2);
            return rest[0] == '+' ? Operator.Append : Operator.Subtract;
        }
        if (rest.Length > 0 && rest[0] is '+' or '-')
        {
            args.Skip();
            variable += rest[0] + args.Next(MuttrcTokenFlags.Equal);
            return ReadOperator(args, ref variable);
        }
        return Operator.None;
    }

    private static string? SetUser(MuttrcCommandContext context, MuttrcArguments args, string variable, Operator op, bool query, bool unset)
    {
        var config = context.Config;
        if (unset)
        {
            config.RemoveUserVariable(variable);
            return null;
        }
        if (query || op == Operator.None)
        {
            if (config.GetUserVariable(variable) is not { } shown)
                return $"{variable}: unknown variable";
            config.AddMessage($"{variable}=\"{MuttString.Escape(shown)}\"");
            return null;
        }
        string value = args.Next();
        if (op == Operator.Subtract)
            return $"{variable}: -= is only for numbers";
        config.SetUserVariable(variable, op == Operator.Append ? (config.GetUserVariable(variable) ?? "") + value : value);
        return null;
    }

    private static string? SetDefined(MuttrcCommandContext context, MuttrcArguments args, string variable, VariableDefinition definition,
        Operator op, bool query, bool unset, bool invert)
    {
        var config = context.Config;
        switch (definition.Type)
        {
            case VariableType.Boolean:
                if (op != Operator.None)
                {
                    if (unset || invert || query || op != Operator.Assign)
                        return "Usage: set variable=yes|no";
                    string answer = args.Next();
                    if (string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase))
                        unset = invert = false;
                    else if (string.Equals(answer, "no", StringComparison.OrdinalIgnoreCase))
                        (unset, invert) = (true, false);
                    else
                        return "Usage: set variable=yes|no";
                }
                if (query)
                {
                    config.AddMessage(config.QueryVariable(variable)!);
                    return null;
                }
                bool current = (bool)config.GetRaw(definition);
                config.SetRaw(definition, unset ? false : invert ? !current : true);
                return null;

            case VariableType.Quad:
                if (query)
                {
                    config.AddMessage(config.QueryVariable(variable)!);
                    return null;
                }
                if (op == Operator.None)
                {
                    var quad = (QuadOption)config.GetRaw(definition);
                    config.SetRaw(definition, invert ? Toggle(quad) : unset ? QuadOption.No : QuadOption.Yes);
                    return null;
                }
                break;

            case VariableType.String or VariableType.Path or VariableType.Address:
                if (unset)
                {
                    config.SetRaw(definition, "");
                    return null;
                }
                break;
        }

        if (query || op == Operator.None)
        {
            config.AddMessage(config.QueryVariable(variable)!);
            return null;
        }
        string text = args.Next();
        if (op != Operator.Assign)
        {
            string? combined = Combine(config, definition, op, text, out string? error);
            if (combined is null)
                return error;
            text = combined;
        }
        return VariableValues.TryParse(definition, text, config.ExpandPath, out object value, out string? parseError)
            ? Store(config, definition, value)
            : parseError;
    }

    private static string? Store(MuttConfig config, VariableDefinition definition, object value)
    {
        config.SetRaw(definition, value);
        return null;
    }

    /// <summary>NeoMutt's <c>+=</c> (append to text, add to numbers) and <c>-=</c> (subtract from numbers).</summary>
    private static string? Combine(MuttConfig config, VariableDefinition definition, Operator op, string text, out string? error)
    {
        error = null;
        object current = config.GetRaw(definition);
        if (definition.Type == VariableType.Number)
        {
            if (!long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long delta))
            {
                error = $"{text}: invalid value (format error)";
                return null;
            }
            return ((long)current + (op == Operator.Append ? delta : -delta)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (op == Operator.Append && current is string existing && definition.Type is VariableType.String or VariableType.Path or VariableType.Regex or VariableType.Address)
            return existing + text;
        error = $"{definition.Name}: {(op == Operator.Append ? "+=" : "-=")} is not supported for this variable";
        return null;
    }

    private static QuadOption Toggle(QuadOption quad) => quad switch
    {
        QuadOption.Yes => QuadOption.No,
        QuadOption.No => QuadOption.Yes,
        QuadOption.AskYes => QuadOption.AskNo,
        _ => QuadOption.AskYes,
    };
}
