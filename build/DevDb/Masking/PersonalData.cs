using System.Text;
using System.Text.RegularExpressions;
using DevDb.Common;
using DevDb.Configuration;
using DevDb.Connections;
using DevDb.Graph;

namespace DevDb.Masking;

/// <summary>A column that looks personal, why, and the masker DevDb suggests.</summary>
public sealed record PersonalColumn(ColumnName Column, string Reason, string SuggestedMask);

/// <summary>
/// Deny by default: finds columns that look personal, by their name and by a sample of their
/// values, so that each gets a decision (a mask or an explicit keep) before anything is loaded.
/// </summary>
public static partial class PersonalData
{
    public static List<PersonalColumn> Find(DevDbSettings settings, Database production, SamplingModel model)
    {
        var foreignKeyColumns = model.Graph.ForeignKeys.SelectMany(fk => fk.ChildColumns.Select(c => new ColumnName(fk.Child, c))).ToHashSet();
        var found = new List<PersonalColumn>();
        foreach (var table in model.Tables.Values.OrderBy(t => t.Name))
        {
            foreach (var column in table.Columns)
            {
                var name = new ColumnName(table.Name, column);
                // A foreign key follows the column it references: masked with it, or kept with it.
                if (foreignKeyColumns.Contains(name)) continue;
                var type = table.TypeOf(column);
                if (type is "boolean") continue;
                var byName = ByName(table.Name, column);
                if (byName is not null) { found.Add(new PersonalColumn(name, $"its name looks like {byName.Value.what}", byName.Value.mask)); continue; }
                if (type is "inet" or "cidr") { found.Add(new PersonalColumn(name, "it holds IP addresses", "ip")); continue; }
                if (!IsText(type) || model.Masks.Rules.ContainsKey(name) || model.Masks.Keep.Contains(name)) continue;
                var byValue = ByValues(Sample(settings, production, table.Name, column));
                if (byValue is not null) found.Add(new PersonalColumn(name, $"its values look like {byValue.Value.what}", byValue.Value.mask));
            }
        }
        return found;
    }

    /// <summary>Stops, before anything is loaded, when a personal-looking column has no decision; prints the block to paste.</summary>
    public static void RequireDecisions(DevDbSettings settings, IReadOnlyList<PersonalColumn> found, MaskPlan masks)
    {
        var undecided = found.Where(f => !masks.Rules.ContainsKey(f.Column) && !masks.Keep.Contains(f.Column)).ToList();
        if (undecided.Count == 0) return;
        settings.Reporter.Warn($"{undecided.Count} column{(undecided.Count == 1 ? "" : "s")} look personal and have no decision. Add this to {ConfigName(settings)}, choosing a mask or keep for each:");
        settings.Reporter.Info(SuggestedBlock(undecided));
        throw new DevDbException(
            $"{undecided.Count} personal-looking column{(undecided.Count == 1 ? " has" : "s have")} no mask or keep decision in {ConfigName(settings)}: {string.Join(", ", undecided.Take(8).Select(u => u.Column))}{(undecided.Count > 8 ? ", ..." : "")} (paste the block printed above and adjust it)",
            ExitCodes.BadInput);
    }

    public static string SuggestedBlock(IReadOnlyList<PersonalColumn> undecided)
    {
        var width = undecided.Max(u => u.Column.ToString().Length + u.SuggestedMask.Length) + 4;
        var block = new StringBuilder("mask:\n");
        foreach (var u in undecided)
            block.Append(("  " + YamlKey(u.Column) + ": " + u.SuggestedMask).PadRight(width + 2)).Append(" # ").Append(u.Reason).Append('\n');
        block.Append("keep:   # or, where the data is not personal after all:\n");
        foreach (var u in undecided) block.Append("  # - ").Append(YamlKey(u.Column)).Append('\n');
        return block.ToString().TrimEnd('\n');
    }

    static string YamlKey(ColumnName column)
    {
        var text = column.ToString();
        return text.Contains('"') || text.Contains(':') || text.Contains('#') ? "'" + text.Replace("'", "''") + "'" : text;
    }

    static readonly (Regex pattern, string what, string mask)[] Names =
    [
        (Word("e_?mail|email_address"), "an email address", "email"),
        (Word("first_?name|given_?name|forename"), "a first name", "first_name"),
        (Word("last_?name|family_?name|surname|maiden_?name"), "a last name", "last_name"),
        (Word("full_?name|middle_?name|display_?name|user_?name|login"), "a person's name", "full_name"),
        (Word("phone|mobile|cell|fax|telephone|tel|phone_?number"), "a phone number", "phone"),
        (Word("ip|ip_?address|ip_?addr|remote_?addr"), "an IP address", "ip"),
        (Word("street|address|address_?line\\d?|line[12]|addr"), "an address", "street_address"),
        (Word("post_?code|postal_?code|zip|zip_?code"), "a postcode", "postcode"),
        (Word("birth|birth_?date|date_of_birth|dob|birthday"), "a birth date", "{ date_shift: 180 }"),
        (Word("ssn|social_security|passport|national_?id|tax_?id|driver_?licen[cs]e|licen[cs]e_?number"), "an identity number", "hash"),
        (Word("iban|bic|swift|account_?number|card|card_?number|cc_?number|credit_?card|cvv|cvc|pan"), "payment details", "hash"),
        (Word("password|passwd|pwd|password_?hash|secret|token|api_?key|access_?key|salt"), "a secret", "{ value: \"masked\" }"),
    ];

    static readonly Regex PersonTable = new(@"(^|_)(customers?|users?|persons?|people|staff|employees?|members?|contacts?|authors?|patients?|clients?|accounts?|profiles?|applicants?|students?|drivers?|guests?|subscribers?)($|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    static Regex Word(string alternatives) => new($"(^|_)({alternatives})($|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>What a column's name suggests. "name" alone counts only in a table of people (a product's name is not personal).</summary>
    public static (string what, string mask)? ByName(TableName table, string column)
    {
        var lower = column.ToLowerInvariant();
        foreach (var (pattern, what, mask) in Names)
            if (pattern.IsMatch(lower)) return (what, mask);
        if (lower == "name" && PersonTable.IsMatch(table.Name)) return ("a person's name", "full_name");
        return null;
    }

    /// <summary>What most of a sample of values look like.</summary>
    public static (string what, string mask)? ByValues(IReadOnlyList<string> values)
    {
        if (values.Count == 0) return null;
        bool Most(Func<string, bool> test) => values.Count(test) * 2 > values.Count;
        if (Most(v => Email().IsMatch(v))) return ("email addresses", "email");
        if (Most(v => Ip().IsMatch(v) || (v.Contains(':') && System.Net.IPAddress.TryParse(v, out _) && v.Count(c => c == ':') >= 2))) return ("IP addresses", "ip");
        if (Most(IsCardNumber)) return ("card numbers", "hash");
        if (Most(v => Phone().IsMatch(v) && v.Count(char.IsDigit) is >= 7 and <= 15)) return ("phone numbers", "phone");
        return null;
    }

    static bool IsCardNumber(string value)
    {
        var digits = value.Where(char.IsDigit).Select(c => c - '0').ToArray();
        if (digits.Length is < 13 or > 19 || value.Any(c => !char.IsDigit(c) && c != ' ' && c != '-')) return false;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i];
            if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return sum % 10 == 0;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")] private static partial Regex Email();
    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$")] private static partial Regex Ip();
    [GeneratedRegex(@"^\+?[\d\s().-]{7,20}$")] private static partial Regex Phone();

    static bool IsText(string type) => type is "text" or "citext" || type.StartsWith("character", StringComparison.Ordinal) || type.StartsWith("varchar", StringComparison.Ordinal);

    static List<string> Sample(DevDbSettings settings, Database production, TableName table, string column) =>
        production.Query(settings.Sql.Render("preflight/sample_values.sql", new() { ["table"] = table, ["column"] = SqlFragment.Identifier(column) }), r => r.GetString(0));

    static string ConfigName(DevDbSettings settings) => Path.GetFileName(settings.Config.SourcePath ?? DevDbSettings.DefaultConfigFile);
}
