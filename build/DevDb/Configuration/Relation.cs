using DevDb.Common;

namespace DevDb.Configuration;

/// <summary>A table and some of its columns, as written in devdb.yml: <c>public.order_line(order_id)</c>.</summary>
public sealed record ColumnsRef(TableName Table, IReadOnlyList<string> Columns)
{
    public override string ToString() => $"{Table}({string.Join(", ", Columns)})";

    public bool Equals(ColumnsRef? other) => other is not null && Table == other.Table && Columns.SequenceEqual(other.Columns);
    public override int GetHashCode() => HashCode.Combine(Table, string.Join("\0", Columns));

    public static ColumnsRef Parse(string text)
    {
        var open = LastUnquotedParen(text);
        if (open < 0 || !text.TrimEnd().EndsWith(')'))
            throw new DevDbException($"'{text}' must name a table and its columns, like public.order_line(order_id)", ExitCodes.BadInput);
        var table = TableName.Parse(text[..open].Trim());
        var inside = text[(open + 1)..text.LastIndexOf(')')];
        var columns = SplitColumns(inside).Select(c => TableName.SplitQualifiedName(c.Trim())).ToList();
        if (columns.Count == 0 || columns.Any(c => c.Count != 1))
            throw new DevDbException($"'{text}' must list plain column names inside the parentheses", ExitCodes.BadInput);
        return new ColumnsRef(table, columns.Select(c => c[0]).ToList());
    }

    static int LastUnquotedParen(string text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (text[i] == '(' && !quoted) return i;
        }
        return -1;
    }

    static List<string> SplitColumns(string text)
    {
        var parts = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (text[i] == ',' && !quoted) { parts.Add(text[start..i]); start = i + 1; }
        }
        parts.Add(text[start..]);
        return parts.Where(p => p.Trim().Length > 0).ToList();
    }
}

/// <summary>
/// What to do with one relationship between tables. <c>From</c> is the referencing (child) side.
/// Children: sampled parents bring their children. Nullify: a parent not otherwise sampled is cut
/// by setting the reference to NULL. Virtual: a relationship production does not declare.
/// </summary>
public sealed record Relation(ColumnsRef From, ColumnsRef To, bool IncludeChildren = false, long? MaxPerParent = null, bool Nullify = false, bool Virtual = false)
{
    public override string ToString() => $"{From} -> {To}";
}
