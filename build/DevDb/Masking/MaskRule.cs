using System.Globalization;
using System.Text.Json;
using DevDb.Common;

namespace DevDb.Masking;

public enum MaskKind
{
    Email, FirstName, LastName, FullName, Phone, StreetAddress, City, Postcode, Ip, DateShift, Hash, Null, Value, Partial, Sql,
    Username, Lorem, Digits, Jitter, Each, Json,
}

/// <summary>One step of a JSON path: a key, an array index, or any key or element (<c>*</c>).</summary>
public sealed record JsonPathStep(string? Key = null, int? Index = null);

/// <summary>A JSON path of a <c>{ json: { "$.a.b": masker } }</c> rule and the masker for what it reaches.</summary>
public sealed record JsonPathMask(string Path, IReadOnlyList<JsonPathStep> Steps, MaskRule Rule);

/// <summary>How one column is masked. Parameters: <see cref="Days"/> for date_shift, <see cref="Constant"/> for value,
/// <see cref="KeepFirst"/>/<see cref="KeepLast"/> for partial, <see cref="Expression"/> for sql, <see cref="Amount"/> for
/// jitter, <see cref="Element"/> for each (an array's elements), <see cref="Paths"/> for json with paths (null: every
/// string that looks personal).</summary>
public sealed record MaskRule(MaskKind Kind, int Days = 0, string? Constant = null, int KeepFirst = 0, int KeepLast = 0, string? Expression = null,
    decimal Amount = 0, MaskRule? Element = null, IReadOnlyList<JsonPathMask>? Paths = null)
{
    public static readonly IReadOnlyDictionary<string, MaskKind> Named = new Dictionary<string, MaskKind>
    {
        ["email"] = MaskKind.Email, ["first_name"] = MaskKind.FirstName, ["last_name"] = MaskKind.LastName,
        ["full_name"] = MaskKind.FullName, ["username"] = MaskKind.Username, ["phone"] = MaskKind.Phone, ["street_address"] = MaskKind.StreetAddress,
        ["city"] = MaskKind.City, ["postcode"] = MaskKind.Postcode, ["ip"] = MaskKind.Ip, ["hash"] = MaskKind.Hash, ["digits"] = MaskKind.Digits,
        ["lorem"] = MaskKind.Lorem, ["null"] = MaskKind.Null, ["json"] = MaskKind.Json,
    };

    /// <summary>Maskers that work on one text value: what an array's elements and a JSON path's values take.</summary>
    public bool IsScalar => Kind is not (MaskKind.Each or MaskKind.Json or MaskKind.Sql or MaskKind.Jitter);

    /// <summary>Whether the masked value depends on the secret key (everything derived from a keyed hash).</summary>
    public bool NeedsKey => Kind switch
    {
        MaskKind.Null or MaskKind.Value or MaskKind.Partial or MaskKind.Sql => false,
        MaskKind.Each => Element!.NeedsKey,
        _ => true,
    };

    public override string ToString() => Kind switch
    {
        MaskKind.DateShift => $"date_shift {Days} days",
        MaskKind.Value => "value",
        MaskKind.Partial => $"partial (keep first {KeepFirst}, last {KeepLast})",
        MaskKind.Sql => "sql: " + Expression,
        MaskKind.Jitter => "jitter " + Amount.ToString(CultureInfo.InvariantCulture),
        MaskKind.Each => "each " + Element,
        MaskKind.Json when Paths is not null => "json " + string.Join(", ", Paths.Select(p => $"{p.Path}: {p.Rule}")),
        _ => Named.First(n => n.Value == Kind).Key,
    };

    /// <summary>The name populate's SQL knows a scalar masker by (devdb.mask_text's kind).</summary>
    public string SqlName => Kind == MaskKind.Null ? "null" : Named.First(n => n.Value == Kind).Key;

    /// <summary>A json rule's paths as the SQL walker reads them: [{"steps": [{"key": "a"}, {"any": true}, {"index": 0}], "mask": "email"}].</summary>
    public string PathsJson() => JsonSerializer.Serialize(Paths!.Select(p => new Dictionary<string, object>
    {
        ["steps"] = p.Steps.Select(s => s.Key is not null ? new Dictionary<string, object> { ["key"] = s.Key }
            : s.Index is { } i ? new Dictionary<string, object> { ["index"] = i } : new Dictionary<string, object> { ["any"] = true }).ToList(),
        ["mask"] = p.Rule.SqlName,
    }));

    /// <summary>Parses a JSON path: <c>$</c>, then <c>.key</c>, <c>["key"]</c>, <c>[0]</c>, <c>[*]</c> or <c>.*</c>; null and a reason when it is not one.</summary>
    public static (IReadOnlyList<JsonPathStep>? Steps, string? Problem) ParsePath(string path)
    {
        if (!path.StartsWith('$')) return (null, "a JSON path starts with $");
        var steps = new List<JsonPathStep>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var start = ++i;
                if (i < path.Length && path[i] == '*') { steps.Add(new JsonPathStep()); i++; continue; }
                while (i < path.Length && (char.IsLetterOrDigit(path[i]) || path[i] is '_' or '-')) i++;
                if (i == start) return (null, $"a key is missing after the dot at position {start}");
                steps.Add(new JsonPathStep(Key: path[start..i]));
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0) return (null, "a [ is not closed");
                var inside = path[(i + 1)..end].Trim();
                if (inside == "*") steps.Add(new JsonPathStep());
                else if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index)) steps.Add(new JsonPathStep(Index: index));
                else if (inside.Length >= 2 && inside[0] is '"' or '\'' && inside[^1] == inside[0]) steps.Add(new JsonPathStep(Key: inside[1..^1]));
                else return (null, $"[{inside}] is not an index, * or a quoted key");
                i = end + 1;
            }
            else return (null, $"unexpected '{path[i]}' at position {i}");
        }
        return steps.Count == 0 ? (null, "the path names no key or element") : (steps, null);
    }

    public static string Describe(int days) => days.ToString(CultureInfo.InvariantCulture);
}
