using System.Globalization;
using System.Text;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// C's strftime(3) as glibc implements it, over a <see cref="DateTimeOffset"/> and a
/// <see cref="CultureInfo"/> (the invariant culture is the C locale). Supports every glibc
/// conversion and the <c>-</c> <c>_</c> <c>0</c> <c>^</c> <c>#</c> flags, a field width and the
/// <c>E</c>/<c>O</c> modifiers (accepted, ignored). An unknown conversion is copied as written.
/// </summary>
public static class Strftime
{
    /// <summary>Formats <paramref name="time"/>; <c>%Z</c> prints <paramref name="zoneName"/>, or the numeric offset when it is null.</summary>
    public static string Format(string format, DateTimeOffset time, CultureInfo culture, string? zoneName = null)
    {
        var sb = new StringBuilder(format.Length + 16);
        Append(sb, format, time, culture, zoneName);
        return sb.ToString();
    }

    /// <summary>Appends the formatted time to <paramref name="sb"/>; see <see cref="Format"/>.</summary>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> format, DateTimeOffset time, CultureInfo culture, string? zoneName = null)
    {
        bool c = IsCLocale(culture);
        DateTimeFormatInfo names = culture.DateTimeFormat;
        DateTime t = time.DateTime;
        int i = 0;
        while (i < format.Length)
        {
            char ch = format[i];
            if (ch != '%' || i + 1 >= format.Length)
            {
                sb.Append(ch);
                i++;
                continue;
            }

            int start = i++;
            char flag = '\0';
            bool upper = false;
            bool swapCase = false;
            while (i < format.Length && format[i] is '-' or '_' or '0' or '^' or '#')
            {
                if (format[i] == '^')
                {
                    upper = true;
                }
                else if (format[i] == '#')
                {
                    swapCase = true;
                }
                else
                {
                    flag = format[i];
                }

                i++;
            }

            int width = -1;
            while (i < format.Length && char.IsAsciiDigit(format[i]))
            {
                width = (Math.Max(width, 0) * 10) + (format[i] - '0');
                width = Math.Min(width, 1024);
                i++;
            }

            while (i < format.Length && format[i] is 'E' or 'O')
            {
                i++;
            }

            if (i >= format.Length)
            {
                sb.Append(format[start..]);
                break;
            }

            char conv = format[i++];
            int mark = sb.Length;
            bool numeric = AppendConversion(sb, conv, flag, width, t, time, c, names, culture, zoneName);
            if (mark == sb.Length && !numeric && !IsKnown(conv))
            {
                sb.Append(format[start..i]);
                continue;
            }

            if (!numeric)
            {
                // glibc's '#' upper-cases names but lower-cases %p and %Z.
                ApplyTextFlags(sb, mark, width, flag, upper || (swapCase && conv is not ('p' or 'Z')), swapCase && conv is 'p' or 'Z');
            }
        }
    }

    private static bool IsKnown(char conv) => KnownConversions.Contains(conv);

    private const string KnownConversions = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%+";

    // Returns true when the conversion was numeric (its padding is already applied).
    private static bool AppendConversion(StringBuilder sb, char conv, char flag, int width, DateTime t, DateTimeOffset time,
        bool c, DateTimeFormatInfo names, CultureInfo culture, string? zoneName)
    {
        switch (conv)
        {
            case 'a': sb.Append(c ? CShortDays[(int)t.DayOfWeek] : names.AbbreviatedDayNames[(int)t.DayOfWeek]); return false;
            case 'A': sb.Append(c ? CDays[(int)t.DayOfWeek] : names.DayNames[(int)t.DayOfWeek]); return false;
            case 'b' or 'h': sb.Append(c ? CShortMonths[t.Month - 1] : names.AbbreviatedMonthNames[t.Month - 1]); return false;
            case 'B': sb.Append(c ? CMonths[t.Month - 1] : names.MonthNames[t.Month - 1]); return false;
            case 'c' or '+':
                Append(sb, c ? "%a %b %e %H:%M:%S %Y" : "%a %d %b %Y %T", time, culture, zoneName);
                return false;
            case 'C': Number(sb, t.Year / 100, 2, '0', flag, width); return true;
            case 'd': Number(sb, t.Day, 2, '0', flag, width); return true;
            case 'D': Append(sb, "%m/%d/%y", time, culture, zoneName); return false;
            case 'e': Number(sb, t.Day, 2, ' ', flag, width); return true;
            case 'F': Append(sb, "%Y-%m-%d", time, culture, zoneName); return false;
            case 'g': Number(sb, IsoYear(t) % 100, 2, '0', flag, width); return true;
            case 'G': Number(sb, IsoYear(t), 1, '0', flag, width); return true;
            case 'H': Number(sb, t.Hour, 2, '0', flag, width); return true;
            case 'I': Number(sb, Hour12(t), 2, '0', flag, width); return true;
            case 'j': Number(sb, t.DayOfYear, 3, '0', flag, width); return true;
            case 'k': Number(sb, t.Hour, 2, ' ', flag, width); return true;
            case 'l': Number(sb, Hour12(t), 2, ' ', flag, width); return true;
            case 'm': Number(sb, t.Month, 2, '0', flag, width); return true;
            case 'M': Number(sb, t.Minute, 2, '0', flag, width); return true;
            case 'n': sb.Append('\n'); return false;
            case 'p': sb.Append(AmPm(t, c, names)); return false;
            case 'P': sb.Append(AmPm(t, c, names).ToLowerInvariant()); return false;
            case 'r': Append(sb, "%I:%M:%S %p", time, culture, zoneName); return false;
            case 'R': Append(sb, "%H:%M", time, culture, zoneName); return false;
            case 's': Number(sb, time.ToUnixTimeSeconds(), 1, '0', flag, width); return true;
            case 'S': Number(sb, t.Second, 2, '0', flag, width); return true;
            case 't': sb.Append('\t'); return false;
            case 'T': Append(sb, "%H:%M:%S", time, culture, zoneName); return false;
            case 'u': Number(sb, t.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)t.DayOfWeek, 1, '0', flag, width); return true;
            case 'U': Number(sb, (t.DayOfYear + 6 - (int)t.DayOfWeek) / 7, 2, '0', flag, width); return true;
            case 'V': Number(sb, ISOWeek.GetWeekOfYear(t), 2, '0', flag, width); return true;
            case 'w': Number(sb, (int)t.DayOfWeek, 1, '0', flag, width); return true;
            case 'W': Number(sb, (t.DayOfYear + 6 - (((int)t.DayOfWeek + 6) % 7)) / 7, 2, '0', flag, width); return true;
            case 'x':
                if (c)
                {
                    Append(sb, "%m/%d/%y", time, culture, zoneName);
                }
                else
                {
                    sb.Append(t.ToString(names.ShortDatePattern, culture));
                }

                return false;
            case 'X':
                if (c)
                {
                    Append(sb, "%H:%M:%S", time, culture, zoneName);
                }
                else
                {
                    sb.Append(t.ToString(names.LongTimePattern, culture));
                }

                return false;
            case 'y': Number(sb, t.Year % 100, 2, '0', flag, width); return true;
            case 'Y': Number(sb, t.Year, 1, '0', flag, width); return true;
            case 'z': AppendOffset(sb, time.Offset); return false;
            case 'Z':
                if (zoneName is null)
                {
                    AppendOffset(sb, time.Offset);
                }
                else
                {
                    sb.Append(zoneName);
                }

                return false;
            case '%': sb.Append('%'); return false;
            default: return false;
        }
    }

    /// <summary>Appends <c>+hhmm</c> / <c>-hhmm</c>, as strftime's <c>%z</c>.</summary>
    public static void AppendOffset(StringBuilder sb, TimeSpan offset)
    {
        sb.Append(offset < TimeSpan.Zero ? '-' : '+');
        TimeSpan abs = offset.Duration();
        sb.Append((((abs.Hours + (abs.Days * 24)) * 100) + abs.Minutes).ToString("D4", CultureInfo.InvariantCulture));
    }

    /// <summary>True for the invariant culture, which stands for the C (POSIX) locale.</summary>
    public static bool IsCLocale(CultureInfo culture) => culture.Name.Length == 0;

    private static void Number(StringBuilder sb, long value, int digits, char pad, char flag, int width)
    {
        if (flag == '-')
        {
            sb.Append(value);
            return;
        }

        if (flag == '_')
        {
            pad = ' ';
        }
        else if (flag == '0')
        {
            pad = '0';
        }

        int total = Math.Max(digits, width);
        ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        int length = 1;
        for (ulong rest = magnitude / 10; rest > 0; rest /= 10)
        {
            length++;
        }

        int fill = Math.Max(0, total - length - (value < 0 ? 1 : 0));
        if (pad != '0')
        {
            sb.Append(' ', fill);
        }

        if (value < 0)
        {
            sb.Append('-');
        }

        if (pad == '0')
        {
            sb.Append('0', fill);
        }

        sb.Append(magnitude);
    }

    private static void ApplyTextFlags(StringBuilder sb, int mark, int width, char flag, bool upper, bool lower)
    {
        if (upper || lower)
        {
            for (int k = mark; k < sb.Length; k++)
            {
                sb[k] = upper ? char.ToUpperInvariant(sb[k]) : char.ToLowerInvariant(sb[k]);
            }
        }

        int length = sb.Length - mark;
        if (width > length && flag != '-')
        {
            sb.Insert(mark, flag == '0' ? "0" : " ", width - length);
        }
    }

    private static string AmPm(DateTime t, bool c, DateTimeFormatInfo names)
    {
        if (c)
        {
            return t.Hour < 12 ? "AM" : "PM";
        }

        return t.Hour < 12 ? names.AMDesignator : names.PMDesignator;
    }

    private static int Hour12(DateTime t) => t.Hour % 12 == 0 ? 12 : t.Hour % 12;

    private static int IsoYear(DateTime t) => ISOWeek.GetYear(t);

    private static readonly string[] CShortDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    private static readonly string[] CShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] CDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] CMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}
