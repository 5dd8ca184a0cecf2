using System.Globalization;
using System.Text.RegularExpressions;
using DevDb.Common;
using DevDb.Configuration;

namespace DevDb.Graph;

/// <summary>
/// The masking of every column, resolved against the tables: rules checked, carried along foreign
/// keys (a column referencing a masked key is masked the same way, so joins still match), and
/// turned into the SQL expression that replaces the column in populate's SELECT lists.
/// </summary>
public sealed partial class MaskPlan
{
    readonly IReadOnlyDictionary<TableName, LocalTable> _tables;

    public MaskPlan(IReadOnlyDictionary<TableName, LocalTable> tables, ForeignKeyGraph graph, DevDbConfig config)
    {
        _tables = tables;
        var rules = new Dictionary<ColumnName, MaskRule>();
        foreach (var (column, rule) in config.Mask.OrderBy(m => m.Key))
        {
            if (!tables.TryGetValue(column.Table, out var table))
                throw Error(config, $"mask: {column.Table} is not a table in production's schemas");
            if (!table.AllColumns.Contains(column.Column))
                throw Error(config, $"mask: {column.Table} has no column {Sql.Quote(column.Column)}");
            if (!table.Columns.Contains(column.Column))
                throw Error(config, $"mask: {column} is a generated column; it is computed from the masked columns");
            if (rule.Kind == MaskKind.Null && table.NotNullColumns.Contains(column.Column))
                throw Error(config, $"mask: {column} is NOT NULL and cannot be masked with null");
            rules[column] = rule;
        }

        // A referencing column takes its referenced column's mask, transitively, so keys still join.
        var inherited = new Dictionary<ColumnName, ColumnName>();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var fk in graph.ForeignKeys)
                for (var i = 0; i < fk.ChildColumns.Count; i++)
                {
                    var parent = new ColumnName(fk.Parent, fk.ParentColumns[i]);
                    var child = new ColumnName(fk.Child, fk.ChildColumns[i]);
                    if (!rules.TryGetValue(parent, out var rule) || child == parent) continue;
                    if (rules.TryGetValue(child, out var own))
                    {
                        if (own != rule)
                            throw Error(config, $"mask: {child} references {parent}, so it must be masked the same way ({rule}), not {own}");
                        continue;
                    }
                    rules[child] = rule;
                    inherited[child] = parent;
                    changed = true;
                }
        }

        Rules = rules;
        Inherited = inherited;
        var values = rules.Values.Where(r => r.Kind == MaskKind.Value).Select(r => r.Constant!).Distinct().ToList();
        Constants = values;
        Keep = config.Keep;
        NeedsKey = rules.Values.Any(r => r.NeedsKey);
    }

    public IReadOnlyDictionary<ColumnName, MaskRule> Rules { get; }

    /// <summary>Columns masked because they reference a masked column: which one.</summary>
    public IReadOnlyDictionary<ColumnName, ColumnName> Inherited { get; }

    public IReadOnlySet<ColumnName> Keep { get; }

    /// <summary>The constants of value rules, set for the load's transaction as devdb.mask_value_N.</summary>
    public IReadOnlyList<string> Constants { get; }

    public bool NeedsKey { get; }

    public bool IsMasked(TableName table, string column) => Rules.ContainsKey(new ColumnName(table, column));

    /// <summary>The SELECT list for a table's writable columns, masked where a rule says so.</summary>
    public string SelectList(LocalTable table, string alias) =>
        string.Join(", ", table.Columns.Select(c => Expression(table, c, alias)));

    /// <summary>The value written for one column: the column itself, or its masked form, of the column's own type.</summary>
    public string Expression(LocalTable table, string column, string alias)
    {
        var source = alias + "." + Sql.Quote(column);
        if (!Rules.TryGetValue(new ColumnName(table.Name, column), out var rule)) return source;
        var type = table.TypeOf(column);
        var length = LengthOf(type);
        // Unique columns get a suffix that keeps them apart; it survives the column's length limit. A
        // column masked because it references another takes that column's settings, so values match.
        var origin = new ColumnName(table.Name, column);
        while (Inherited.TryGetValue(origin, out var referenced)) origin = referenced;
        var originTable = _tables[origin.Table];
        var originLength = LengthOf(originTable.TypeOf(origin.Column));
        var unique = (originTable.IsUnique(origin.Column) ? "true" : "false") + ", " + (originLength is { } n ? n.ToString(CultureInfo.InvariantCulture) : "NULL");
        var text = source + "::text";
        var masked = rule.Kind switch
        {
            MaskKind.Email => $"devdb.mask_email({text}, {unique})",
            MaskKind.FirstName => $"devdb.mask_pick('first_name', {text}, {unique})",
            MaskKind.LastName => $"devdb.mask_pick('last_name', {text}, {unique})",
            MaskKind.FullName => $"devdb.mask_full_name({text}, {unique})",
            MaskKind.Phone => $"devdb.mask_pick('phone', {text}, {unique})",
            MaskKind.StreetAddress => $"devdb.mask_pick('street_address', {text}, {unique})",
            MaskKind.City => $"devdb.mask_pick('city', {text}, {unique})",
            MaskKind.Postcode => $"devdb.mask_pick('postcode', {text}, {unique})",
            MaskKind.Ip => $"devdb.mask_ip({text})",
            MaskKind.Hash => $"devdb.mask_hash({text})",
            MaskKind.Partial => $"devdb.mask_partial({text}, {rule.KeepFirst.ToString(CultureInfo.InvariantCulture)}, {rule.KeepLast.ToString(CultureInfo.InvariantCulture)})",
            MaskKind.Value => $"current_setting('devdb.mask_value_{Constants.ToList().IndexOf(rule.Constant!).ToString(CultureInfo.InvariantCulture)}')",
            MaskKind.Null => "NULL",
            MaskKind.Sql => "(\n" + rule.Expression + "\n)",
            MaskKind.DateShift => $"({source} + devdb.mask_days({text}, {rule.Days.ToString(CultureInfo.InvariantCulture)}) * interval '1 day')",
            _ => throw new InvalidOperationException(rule.Kind.ToString()),
        };
        if (rule.Kind is MaskKind.Null) return $"NULL::{type}";
        // Values fit the column: text is cut to a varchar's or char's length before the cast.
        if (length is { } max && rule.Kind is not (MaskKind.DateShift or MaskKind.Sql))
            masked = $"left({masked}, {max.ToString(CultureInfo.InvariantCulture)})";
        // NULL stays NULL: masking changes values, never whether there is one.
        return rule.Kind is MaskKind.Value or MaskKind.Sql
            ? $"(CASE WHEN {source} IS NULL THEN NULL ELSE {masked} END)::{type}"
            : $"({masked})::{type}";
    }

    static int? LengthOf(string type)
    {
        var m = LengthType().Match(type);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?:character varying|character|varchar|char)\((\d+)\)$")]
    private static partial Regex LengthType();

    static DevDbException Error(DevDbConfig config, string message) =>
        new($"{Path.GetFileName(config.SourcePath ?? DevDbSettings.DefaultConfigFile)}: {message}", ExitCodes.BadInput);
}
