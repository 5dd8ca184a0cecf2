using System.Globalization;
using System.Text;
using DevDb.Common;
using DevDb.Masking;

namespace DevDb.Configuration;

/// <summary>A production table as the starter config sees it: its estimated rows, and whether a framework keeps it.</summary>
public sealed record StarterTable(TableName Name, double Rows, bool IsFramework);

/// <summary>
/// The devdb.yml InitDevDb writes from production's catalog: a rule for every table (framework
/// bookkeeping and small tables whole, larger ones a percent that samples about 10,000 rows), every
/// personal-looking column with its suggested mask, confidence and reason, and the keep: alternative.
/// </summary>
public static class StarterConfig
{
    /// <summary>Tables of at most this many rows are copied whole: lookup tables and the like.</summary>
    public const double SmallTable = 1000;

    const double TargetRows = 10_000;
    static readonly double[] Percents = [10, 5, 2, 1, 0.5, 0.2, 0.1];

    /// <summary>The rule suggested for a table, as devdb.yml writes it, and a comment saying why.</summary>
    public static (string Rule, string Why) RuleFor(StarterTable table)
    {
        if (table.IsFramework) return ("all", "framework bookkeeping: copied whole");
        var rows = Math.Max(0, table.Rows);
        if (rows <= SmallTable) return ("all", $"{Rows(rows)} rows");
        var wanted = 100 * TargetRows / rows;
        var percent = Percents.FirstOrDefault(p => p <= wanted, Percents[^1]);
        return ($"{{ percent: {percent.ToString(CultureInfo.InvariantCulture)} }}", $"about {Rows(rows)} rows");
    }

    public static string Render(IReadOnlyList<StarterTable> tables, IReadOnlyList<PersonalColumn> personal, string productionDescription,
        IReadOnlyList<(string Key, string Value)> production, DateOnly written)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# devdb.yml, written by ./build.sh --target=InitDevDb on {written:yyyy-MM-dd} from {productionDescription}.\n");
        text.Append("# Review it before the first build. Every column that looks personal has a suggested mask, how sure\n");
        text.Append("# detection is, and why; one that is not personal after all moves to keep:. Masks need DEVDB_MASK_KEY,\n");
        text.Append("# a secret kept outside the repository. Maskers and what detection finds: docs/masking.md; every other key: README.md.\n\n");
        text.Append("# Pinned here, these would override PGHOST, PGPORT and PGUSER (a password never goes in this file):\n");
        text.Append("# production:\n");
        foreach (var (key, value) in production) text.Append("#   ").Append(key).Append(": ").Append(value).Append('\n');
        text.Append('\n');
        text.Append("default: { percent: 10 }   # tables production gains later\n\n");
        text.Append("tables:\n");
        var width = tables.Count == 0 ? 0 : tables.Max(t => Key(t.Name.ToString()).Length + RuleFor(t).Rule.Length) + 4;
        foreach (var table in tables.OrderBy(t => t.Name))
        {
            var (rule, why) = RuleFor(table);
            text.Append(("  " + Key(table.Name.ToString()) + ": " + rule).PadRight(width + 2)).Append(" # ").Append(why).Append('\n');
        }
        text.Append('\n');
        if (personal.Count == 0) text.Append("# No column looked personal: check docs/masking.md for what detection finds, and add mask: rules for what it missed.\n");
        else text.Append(PersonalData.SuggestedBlock(personal)).Append('\n');
        return text.ToString();
    }

    static string Rows(double rows) => Math.Round(rows).ToString("N0", CultureInfo.InvariantCulture);

    static string Key(string text) => PersonalData.YamlKey(text);
}
