namespace MuttSharp.Core.Search;

/// <summary>
/// Mutt's date argument for <c>~d</c>/<c>~r</c> (manual tables 4.6-4.7), resolved against "now" in
/// local time into an inclusive [min, max] range:
/// <list type="bullet">
/// <item>absolute <c>DD[/MM[/[YY]YY]]</c> or <c>YYYYMMDD</c> (missing month/year are the current ones;
/// two-digit years below 70 are 20YY), alone (that whole day), <c>A-B</c>, <c>-B</c>, <c>A-</c>;</item>
/// <item>error margins after a date: <c>-3d</c> (earlier), <c>+1w</c> (later), <c>*2m</c> (both),
/// units y m w d;</item>
/// <item>relative <c>&lt;1d</c> (newer than), <c>&gt;2w</c> (older than), <c>=1m</c> (exactly that old),
/// units y m w d H M S; with y m w d the day boundary is end of day, as Mutt does.</item>
/// </list>
/// </summary>
internal static class DateRange
{
    // Mutt uses Jan 2 1970 (to stay clear of negative times) and an arbitrary future year.
    private static readonly Tm Earliest = new(1970, 0, 2, 0, 0, 0);
    private static readonly Tm Latest = new(9999, 11, 31, 23, 59, 59);

    /// <summary>Parses <paramref name="arg"/> relative to <paramref name="now"/> (a local wall-clock time).</summary>
    // On failure errorOffset is the index in arg where the problem is.
    public static bool TryResolve(string arg, DateTime now, out DateTime min, out DateTime max,
        out int errorOffset, out string? error)
    {
        var today = Tm.From(now);
        Tm lo = Earliest, hi = Latest;
        min = max = default;
        if (arg.Length > 0 && arg[0] is '<' or '>' or '=')
        {
            if (!TryRelative(arg, today, ref lo, ref hi, out errorOffset, out error))
                return false;
        }
        else if (!TryAbsolute(arg, today, ref lo, ref hi, out errorOffset, out error))
        {
            return false;
        }

        if ((lo.Year, lo.Mon, lo.Day).CompareTo((hi.Year, hi.Mon, hi.Day)) > 0)
        {
            (lo, hi) = (hi with { Hour = 0, Min = 0, Sec = 0 }, lo with { Hour = 23, Min = 59, Sec = 59 });
        }
        min = lo.ToDateTime();
        max = hi.ToDateTime();
        return true;
    }

    private static bool TryRelative(string arg, Tm today, ref Tm lo, ref Tm hi, out int errorOffset, out string? error)
    {
        char op = arg[0];
        if (!TryOffset(arg, 1, "ymwdHMS", out int amount, out char unit, out int next, out errorOffset, out error))
            return false;
        if (next != arg.Length)
            return Fail(next, "invalid relative date: expected nothing after the unit", out errorOffset, out error);

        var t = today;
        if (unit is not ('H' or 'M' or 'S'))
            t = t with { Hour = 23, Min = 59, Sec = 59 };
        t = t.Add(unit, -amount);
        if (op == '<')
        {
            lo = t;
        }
        else
        {
            hi = t;
            if (op == '=')
                lo = t with { Hour = 0, Min = 0, Sec = 0 };
        }
        return true;
    }

    private static bool TryAbsolute(string arg, Tm today, ref Tm lo, ref Tm hi, out int errorOffset, out string? error)
    {
        int i = 0;
        bool haveMin = false;
        if (i < arg.Length && char.IsAsciiDigit(arg[i]))
        {
            if (!TryDate(arg, ref i, today, ref lo, out errorOffset, out error))
                return false;
            haveMin = true;
            i = SkipSpace(arg, i);
            if (i < arg.Length && arg[i] == '-' && SkipSpace(arg, i + 1) == arg.Length)
                return true; // "DATE-": from that day on
        }

        var baseMin = lo;
        if (!haveMin)
            lo = today with { Hour = 0, Min = 0, Sec = 0 };
        hi = hi with { Year = lo.Year, Mon = lo.Mon, Day = lo.Day };

        bool any = false, done = false;
        while (i < arg.Length && !done)
        {
            char ch = arg[i];
            int at = i;
            i = SkipSpace(arg, i + 1);
            switch (ch)
            {
                case '-':
                    if (TryOffset(arg, i, "ymwd", out int back, out char unit, out int next, out _, out _))
                    {
                        lo = lo.Add(unit, -back);
                        if (!any && !haveMin)
                            hi = hi with { Year = lo.Year, Mon = lo.Mon, Day = lo.Day };
                        i = next;
                    }
                    else if (!any)
                    {
                        if (!TryDate(arg, ref i, today, ref hi, out errorOffset, out error))
                            return false;
                        if (!haveMin)
                            lo = baseMin;
                        done = true;
                    }
                    else
                    {
                        return Fail(i, "invalid relative date: expected a number and a unit (y m w d)", out errorOffset, out error);
                    }
                    break;
                case '+':
                    if (!TryOffset(arg, i, "ymwd", out int forward, out unit, out next, out errorOffset, out error))
                        return false;
                    hi = hi.Add(unit, forward);
                    i = next;
                    break;
                case '*':
                    if (!TryOffset(arg, i, "ymwd", out int both, out unit, out next, out errorOffset, out error))
                        return false;
                    lo = lo.Add(unit, -both);
                    hi = hi.Add(unit, both);
                    i = next;
                    break;
                default:
                    return Fail(at, any || haveMin
                        ? "invalid date range: expected '-', '+' or '*'"
                        : "invalid date: expected DD/MM/YY, YYYYMMDD, a range or <, >, = and an offset", out errorOffset, out error);
            }
            any = true;
            i = SkipSpace(arg, i);
        }
        if (i < arg.Length)
            return Fail(i, "invalid date range: unexpected text after the date", out errorOffset, out error);
        errorOffset = 0;
        error = null;
        return true;
    }

    // DD[/MM[/[YY]YY]] or YYYYMMDD (Mutt's getDate).
    private static bool TryDate(string s, ref int i, Tm today, ref Tm t, out int errorOffset, out string? error)
    {
        int start = i;
        if (s.Length - i >= 8 && s.AsSpan(i, 8).ContainsAnyExceptInRange('0', '9') == false)
        {
            int year = int.Parse(s.AsSpan(i, 4));
            int month = int.Parse(s.AsSpan(i + 4, 2));
            int day = int.Parse(s.AsSpan(i + 6, 2));
            if (month is < 1 or > 12)
                return Fail(i + 4, $"invalid date: month {month} is not 1-12", out errorOffset, out error);
            if (day is < 1 or > 31)
                return Fail(i + 6, $"invalid date: day of month {day} is not 1-31", out errorOffset, out error);
            t = t with { Year = year, Mon = month - 1, Day = day };
            i += 8;
            errorOffset = 0;
            error = null;
            return true;
        }

        if (!TryNumber(s, ref i, out int mday))
            return Fail(start, "invalid date: expected a day of month", out errorOffset, out error);
        if (mday is < 1 or > 31)
            return Fail(start, $"invalid date: day of month {mday} is not 1-31", out errorOffset, out error);
        t = t with { Day = mday, Mon = today.Mon, Year = today.Year };
        if (i < s.Length && s[i] == '/')
        {
            int monthAt = ++i;
            if (!TryNumber(s, ref i, out int month))
                return Fail(monthAt, "invalid date: expected a month after '/'", out errorOffset, out error);
            if (month is < 1 or > 12)
                return Fail(monthAt, $"invalid date: month {month} is not 1-12", out errorOffset, out error);
            t = t with { Mon = month - 1 };
            if (i < s.Length && s[i] == '/')
            {
                int yearAt = ++i;
                if (!TryNumber(s, ref i, out int year))
                    return Fail(yearAt, "invalid date: expected a year after '/'", out errorOffset, out error);
                year = year < 70 ? 2000 + year : year > 1900 ? year : 1900 + year;
                t = t with { Year = year };
            }
        }
        errorOffset = 0;
        error = null;
        return true;
    }

    private static bool TryOffset(string s, int i, string units, out int amount, out char unit, out int next,
        out int errorOffset, out string? error)
    {
        int start = i;
        unit = '\0';
        next = i;
        if (!TryNumber(s, ref i, out amount))
            return Fail(start, $"invalid relative date: expected a number and a unit ({string.Join(' ', units.ToCharArray())})", out errorOffset, out error);
        if (i >= s.Length || !units.Contains(s[i]))
            return Fail(i, $"invalid relative date: expected a unit ({string.Join(' ', units.ToCharArray())})", out errorOffset, out error);
        unit = s[i];
        next = i + 1;
        errorOffset = 0;
        error = null;
        return true;
    }

    private static bool TryNumber(string s, ref int i, out int value)
    {
        int start = i;
        value = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            if (value > 100_000)
                return false;
            value = value * 10 + (s[i] - '0');
            i++;
        }
        return i > start;
    }

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
            i++;
        return i;
    }

    private static bool Fail(int at, string message, out int errorOffset, out string? error)
    {
        errorOffset = at;
        error = message;
        return false;
    }

    /// <summary>
    /// A broken-down local time whose fields may run out of range, as C's <c>struct tm</c> before
    /// <c>mktime</c>: 31/2 is 3 March, and "-1m" from 31 March is 3 March (2 in a leap year).
    /// </summary>
    private readonly record struct Tm(int Year, int Mon, int Day, int Hour, int Min, int Sec)
    {
        public static Tm From(DateTime t) => new(t.Year, t.Month - 1, t.Day, t.Hour, t.Minute, t.Second);

        public Tm Add(char unit, int amount) => unit switch
        {
            'y' => From(this with { Year = Year + amount }),
            'm' => From(this with { Mon = Mon + amount }),
            'w' => From(this with { Day = Day + 7 * amount }),
            'd' => From(this with { Day = Day + amount }),
            'H' => From(this with { Hour = Hour + amount }),
            'M' => From(this with { Min = Min + amount }),
            _ => From(this with { Sec = Sec + amount }),
        };

        private static Tm From(Tm t) => From(t.ToDateTime());

        public DateTime ToDateTime()
        {
            long months = Math.Clamp((long)Year * 12 + Mon, 12, 9999L * 12 + 11);
            var first = new DateTime((int)(months / 12), (int)(months % 12) + 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
            long seconds = (Day - 1) * 86400L + Hour * 3600L + Min * 60L + Sec;
            long lastSecond = DateTime.MaxValue.Ticks - DateTime.MaxValue.Ticks % TimeSpan.TicksPerSecond;
            long ticks = Math.Clamp(first.Ticks + seconds * TimeSpan.TicksPerSecond, 0, lastSecond);
            return new DateTime(ticks, DateTimeKind.Unspecified);
        }
    }
}
