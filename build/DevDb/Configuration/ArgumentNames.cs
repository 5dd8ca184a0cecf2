using DevDb.Common;

namespace DevDb.Configuration;

/// <summary>
/// The command-line arguments DevDb knows. Cake ignores arguments nobody asks for, so a typo such as
/// --prod-hots would silently fall back to a default; DevDb refuses it instead.
/// </summary>
public static class ArgumentNames
{
    public static readonly IReadOnlyList<string> Known =
    [
        "target", "config", "force", "schema-file", "dump", "filter", "local", "scale", "sample", "link", "parallel", "runs",
        "prod-host", "prod-port", "prod-db", "prod-user",
        "dev-host", "dev-port", "dev-db", "dev-user",
    ];

    public static void Check(IEnumerable<string> given)
    {
        foreach (var name in given)
        {
            if (Known.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            var suggestion = Known.OrderBy(k => Distance(k, name.ToLowerInvariant())).First();
            var hint = Distance(suggestion, name.ToLowerInvariant()) <= 3 ? $"; did you mean --{suggestion}?" : "";
            throw new DevDbException($"unknown argument --{name}{hint} (known: {string.Join(", ", Known.Select(k => "--" + k))})", ExitCodes.BadInput);
        }
    }

    /// <summary>Levenshtein distance, for the suggestion.</summary>
    static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
