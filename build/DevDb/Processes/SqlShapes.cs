using DevDb.Masking;
using System.Globalization;
using DevDb.Common;
using DevDb.Graph;

namespace DevDb.Processes;

/// <summary>
/// The fragments that fill the populate SQL's placeholders for one table or foreign key, built only
/// from quoted identifiers and fixed SQL.
/// </summary>
public static class SqlShapes
{
    /// <summary>A table's columns, and what is read for them from its foreign table: masked where a rule says so.</summary>
    public static Dictionary<string, SqlFragment> Table(LocalTable table, MaskPlan masks) => new()
    {
        ["table"] = table.Name,
        ["foreign_table"] = table.Foreign,
        ["columns"] = SqlFragment.Identifiers(table.Columns),
        ["source_columns"] = new SqlFragment(masks.SelectList(table, "source")),
        ["mask_joins"] = new SqlFragment(masks.Joins(table, "source")),
    };

    /// <summary>
    /// Closure over a masked key, with the same statements as <see cref="Key"/>: the keys kept are the
    /// child rows' primary keys, and the missing parents' real keys come from production's copy of
    /// those rows.
    /// </summary>
    public static Dictionary<string, SqlFragment> MaskedKey(ForeignKey fk, LocalTable child)
    {
        if (fk.ChildColumns.Count != 1)
            throw new DevDbException($"{fk}: a masked key of several columns cannot be followed yet; keep one of its columns, or mask a single-column key", ExitCodes.BadInput);
        if (child.PrimaryKey.Count == 0)
            throw new DevDbException($"{fk}: its key is masked and {fk.Child} has no primary key to find the real key by", ExitCodes.BadInput);
        var fragments = Key(fk);
        var n = child.PrimaryKey.Count;
        var keys = Keys(n);
        fragments["keys"] = new SqlFragment(string.Join(", ", keys));
        fragments["missing_keys"] = new SqlFragment(string.Join(", ", Enumerable.Range(0, n).Select(i => $"child.{Sql.Quote(child.PrimaryKey[i])} AS {keys[i]}")));
        fragments["source_key_in_missing"] = new SqlFragment(
            $"source.{Sql.Quote(fk.ParentColumns[0])} = ANY (ARRAY(SELECT real.{Sql.Quote(fk.ChildColumns[0])} FROM {child.Foreign.Quoted} AS real WHERE {InKeys(Qualified("real", child.PrimaryKey), "missing", n).Text}))");
        return fragments;
    }

    /// <summary>Joining a foreign key's child rows to parent rows, and finding parents missing locally.</summary>
    public static Dictionary<string, SqlFragment> Key(ForeignKey fk)
    {
        var n = fk.ChildColumns.Count;
        var child = Qualified("child", fk.ChildColumns);
        var parent = Qualified("parent", fk.ParentColumns);
        var source = Qualified("source", fk.ParentColumns);
        var keys = Keys(n);
        return new()
        {
            ["child"] = fk.Child,
            ["parent"] = fk.Parent,
            ["keys"] = new SqlFragment(string.Join(", ", keys)),
            ["missing_keys"] = new SqlFragment("DISTINCT " + string.Join(", ", Enumerable.Range(0, n).Select(i => $"{child[i]} AS {keys[i]}"))),
            ["child_key_not_null"] = new SqlFragment(string.Join(" AND ", child.Select(c => c + " IS NOT NULL"))),
            ["parent_matches_child"] = Equal(parent, child),
            ["source_key_in_missing"] = InKeys(source, "missing", n),
        };
    }

    /// <summary>Fetching the children of newly sampled parents along <paramref name="fk"/>.</summary>
    public static Dictionary<string, SqlFragment> Children(ForeignKey fk, LocalTable child, string expandedTable, MaskPlan masks)
    {
        if (fk.ParentColumns.Any(c => masks.IsMasked(fk.Parent, c)))
            throw new DevDbException($"{fk}: children cannot be included through a masked key yet; include them through an unmasked key", ExitCodes.BadInput);
        var n = fk.ChildColumns.Count;
        var keys = Keys(n);
        var expanded = Qualified("expanded", keys);
        var parent = Qualified("parent", fk.ParentColumns);
        var sourceChildKey = Qualified("source", fk.ChildColumns);
        var orderBy = child.PrimaryKey.Count > 0 ? Qualified("source", child.PrimaryKey) : ["source.ctid"];
        return new()
        {
            ["parent"] = fk.Parent,
            ["child"] = fk.Child,
            ["foreign_child"] = child.Foreign,
            ["expanded"] = SqlFragment.Identifier(expandedTable),
            ["keys"] = new SqlFragment(string.Join(", ", keys)),
            ["parent_key_as_k"] = new SqlFragment(string.Join(", ", Enumerable.Range(0, n).Select(i => $"{parent[i]} AS {keys[i]}"))),
            ["expanded_matches_parent"] = Equal(expanded, parent),
            ["columns"] = SqlFragment.Identifiers(child.Columns),
            ["source_columns"] = new SqlFragment(masks.SelectList(child, "source")),
            ["mask_joins"] = new SqlFragment(masks.Joins(child, "source")),
            ["picked_columns"] = Prefixed("picked", child.Columns),
            ["source_child_key"] = new SqlFragment(string.Join(", ", sourceChildKey)),
            ["source_order_by"] = new SqlFragment(string.Join(", ", orderBy)),
            ["source_child_key_in_new_parents"] = InKeys(sourceChildKey, "new_parents", n),
            // Without a primary key a child cannot be recognised when it is already there.
            ["not_already_local"] = child.PrimaryKey.Count == 0
                ? new SqlFragment("TRUE")
                : new SqlFragment($"NOT EXISTS (SELECT 1 FROM {fk.Child.Quoted} AS local WHERE {Equal(Qualified("local", child.PrimaryKey), Qualified("picked", child.PrimaryKey)).Text})"),
        };
    }

    /// <summary>Moving the rows of an inheritance child that arrived through its parent's foreign table.</summary>
    public static Dictionary<string, SqlFragment> Inheritance(LocalTable parent, LocalTable child, IReadOnlyList<string> key, MaskPlan masks)
    {
        var n = key.Count;
        var keys = Keys(n);
        return new()
        {
            ["parent"] = parent.Name,
            ["child"] = child.Name,
            ["foreign_child"] = child.Foreign,
            ["columns"] = SqlFragment.Identifiers(child.Columns),
            ["source_columns"] = new SqlFragment(masks.SelectList(child, "source")),
            ["mask_joins"] = new SqlFragment(masks.Joins(child, "source")),
            ["in_child_columns"] = Prefixed("in_child", child.Columns),
            ["parent_key_as_k"] = new SqlFragment(string.Join(", ", Enumerable.Range(0, n).Select(i => $"parent.{Sql.Quote(key[i])} AS {keys[i]}"))),
            ["source_key_in_candidates"] = InKeys(Qualified("source", key), "candidates", n),
            ["parent_matches_in_child"] = Equal(Qualified("parent", key), Qualified("in_child", key)),
            ["local_matches_in_child"] = Equal(Qualified("local", key), Qualified("in_child", key)),
        };
    }

    /// <summary>Comparing a sample of local rows with production's rows of the same primary key, masked column by column.</summary>
    public static Dictionary<string, SqlFragment> MaskedValues(LocalTable table, IReadOnlyList<string> masked)
    {
        var key = table.PrimaryKey;
        var n = key.Count;
        var keys = Keys(n);
        var maskedAliases = masked.Select((_, i) => "m" + (i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        return new()
        {
            ["table"] = table.Name,
            ["foreign_table"] = table.Foreign,
            ["local_select"] = new SqlFragment(string.Join(", ",
                key.Select((c, i) => $"local.{Sql.Quote(c)} AS {keys[i]}").Concat(masked.Select((c, i) => $"local.{Sql.Quote(c)} AS {maskedAliases[i]}")))),
            ["local_order"] = new SqlFragment(string.Join(", ", Qualified("local", key))),
            ["source_matches_local"] = Equal(Qualified("source", key), keys.Select(k => "local_rows." + k).ToList()),
            ["source_key_in_local"] = InKeys(Qualified("source", key), "local_rows", n),
            ["equal_counts"] = new SqlFragment(string.Join(", ", masked.Select((c, i) =>
                // an empty value (text, array, object or bytes) holds nothing to hide, and masks to itself
                $"count(*) FILTER (WHERE source.{Sql.Quote(c)} IS NOT NULL AND source.{Sql.Quote(c)}::text NOT IN ('', '{{}}', '[]', '\\x', '\"\"') AND local_rows.{maskedAliases[i]}::text = source.{Sql.Quote(c)}::text)"))),
        };
    }

    /// <summary>
    /// Key lists reach production as array parameters (= ANY), which it answers from an index; for
    /// a composite key the exact tuples are then kept by a local hash semi-join.
    /// </summary>
    static SqlFragment InKeys(IReadOnlyList<string> columns, string keyTable, int n)
    {
        var keys = Keys(n);
        // A one-column key list goes as it is: a closure step's key table holds it distinct, and a
        // repeat elsewhere changes nothing for = ANY. Each column of a longer key repeats: de-duplicated.
        var distinct = n > 1 ? "DISTINCT " : "";
        var parts = Enumerable.Range(0, n).Select(i => $"{columns[i]} = ANY (ARRAY(SELECT {distinct}{keyTable}.{keys[i]} FROM {keyTable}))").ToList();
        if (n > 1) parts.Add($"EXISTS (SELECT 1 FROM {keyTable} WHERE {Equal(Qualified(keyTable, keys, quote: false), columns).Text})");
        return new SqlFragment(string.Join("\n  AND ", parts));
    }

    static SqlFragment Equal(IReadOnlyList<string> left, IReadOnlyList<string> right) =>
        new(string.Join(" AND ", left.Zip(right, (l, r) => $"{l} = {r}")));

    static List<string> Keys(int n) => Enumerable.Range(1, n).Select(i => "k" + i.ToString(CultureInfo.InvariantCulture)).ToList();

    static List<string> Qualified(string alias, IEnumerable<string> columns, bool quote = true) =>
        columns.Select(c => alias + "." + (quote ? Sql.Quote(c) : c)).ToList();

    static SqlFragment Prefixed(string alias, IEnumerable<string> columns) => new(string.Join(", ", Qualified(alias, columns)));
}
