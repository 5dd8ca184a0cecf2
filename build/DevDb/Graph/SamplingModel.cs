using DevDb.Masking;
using DevDb.Common;
using DevDb.Configuration;

namespace DevDb.Graph;

/// <summary>A local table as populate sees it: the columns it writes (generated ones excluded), its key and nullability.</summary>
public sealed record LocalTable(TableName Name, IReadOnlyList<string> Columns, IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<string> NotNullColumns, IReadOnlyList<string> AllColumns, IReadOnlyList<string>? AllTypes = null, IReadOnlyList<string>? UniqueColumns = null)
{
    public TableName Foreign => new(Naming.ForeignSchema(Name.Schema), Name.Name);

    /// <summary>A column's type as PostgreSQL writes it (format_type), or text when unknown.</summary>
    public string TypeOf(string column) => At(AllTypes, column) ?? "text";

    /// <summary>A column's entry in one of the lists that run parallel to <see cref="AllColumns"/>, or null.</summary>
    string? At(IReadOnlyList<string>? list, string column)
    {
        var i = AllColumns.ToList().IndexOf(column);
        return list is not null && i >= 0 && i < list.Count ? list[i] : null;
    }

    public bool IsUnique(string column) => UniqueColumns?.Contains(column) == true;

    /// <summary>Each of <see cref="AllColumns"/>' types with domains resolved to their base type (format_type).</summary>
    public IReadOnlyList<string>? BaseTypes { get; init; }

    /// <summary>Each of <see cref="AllColumns"/>' pg_type.typcategory (an array's: its element's): E for an enum, S for strings, ...</summary>
    public IReadOnlyList<string>? TypeCategories { get; init; }

    /// <summary>Columns that a CHECK constraint of the table or of their domain reads.</summary>
    public IReadOnlyList<string>? CheckedColumns { get; init; }

    /// <summary>CHECK constraints that read one column alone, as PostgreSQL writes their expressions: a masked value must pass them.</summary>
    public IReadOnlyList<(string Column, string Expression)>? ColumnChecks { get; init; }

    /// <summary>Whether the column's type is a domain: its declared type is not its base type.</summary>
    public bool IsDomain(string column) => At(BaseTypes, column) is { } baseType && At(AllTypes, column) is { } declared && baseType != declared;

    /// <summary>A column's type with its domains resolved, and its category, for personal-data detection.</summary>
    public Masking.ColumnType ColumnTypeOf(string column) => Masking.ColumnType.Parse(At(BaseTypes, column) ?? TypeOf(column), At(TypeCategories, column));
}

/// <summary>
/// The tables, the foreign keys (declared and virtual) and what the config says of each: the pure
/// model populate, verify and plan share, resolved and checked without a database.
/// </summary>
public sealed class SamplingModel
{
    public SamplingModel(IEnumerable<LocalTable> tables, IEnumerable<ForeignKey> declared, DevDbConfig config)
    {
        Tables = tables.ToDictionary(t => t.Name);
        Config = config;
        var keys = declared.ToList();
        var children = new Dictionary<ForeignKey, long?>();
        var nullify = new HashSet<ForeignKey>();
        var relationOf = new Dictionary<ForeignKey, Relation>();

        foreach (var relation in config.Relations)
        {
            CheckColumns(relation.From);
            CheckColumns(relation.To);
            var fk = keys.FirstOrDefault(k => k.Child == relation.From.Table && k.ChildColumns.SequenceEqual(relation.From.Columns)
                                              && k.Parent == relation.To.Table && k.ParentColumns.SequenceEqual(relation.To.Columns));
            if (fk is null)
            {
                if (!relation.Virtual)
                    throw Error($"{relation} is not a foreign key in production; add virtual: true to follow it anyway");
                fk = new ForeignKey("virtual " + relation, relation.From.Table, relation.From.Columns, relation.To.Table, relation.To.Columns, Virtual: true);
                keys.Add(fk);
            }
            relationOf[fk] = relation;
            if (relation.IncludeChildren) children[fk] = relation.MaxPerParent;
            if (relation.Nullify)
            {
                var notNull = relation.From.Columns.Where(c => Tables[relation.From.Table].NotNullColumns.Contains(c)).ToList();
                if (notNull.Count > 0)
                    throw Error($"{relation}: cannot nullify {relation.From.Table}.{notNull[0]}, it is NOT NULL");
                nullify.Add(fk);
            }
        }

        Graph = new ForeignKeyGraph(Tables.Keys, keys);
        Masks = new MaskPlan(Tables, Graph, config);
        ChildrenOf = children;
        Nullified = nullify;
        RelationOf = relationOf;
        Routes = FindRoutes();
    }

    public IReadOnlyDictionary<TableName, LocalTable> Tables { get; }

    /// <summary>The schemas the tables live in, in order: what the catalog queries are asked about.</summary>
    public string[] Schemas => Tables.Keys.Select(t => t.Schema).Distinct().Order(StringComparer.Ordinal).ToArray();

    public DevDbConfig Config { get; }
    public ForeignKeyGraph Graph { get; }

    /// <summary>Foreign keys along which sampled parents bring their children, with the cap per parent.</summary>
    public IReadOnlyDictionary<ForeignKey, long?> ChildrenOf { get; }

    /// <summary>Foreign keys cut by NULL where the parent is not otherwise sampled: closure does not follow them.</summary>
    public IReadOnlySet<ForeignKey> Nullified { get; }

    public IReadOnlyDictionary<ForeignKey, Relation> RelationOf { get; }

    /// <summary>Which columns are masked, and how; applied to every row as it is written.</summary>
    public MaskPlan Masks { get; }

    /// <summary>The foreign keys whose parents closure fetches.</summary>
    public IReadOnlyList<ForeignKey> ParentKeys => Graph.ClosureOrder().Where(fk => !Nullified.Contains(fk)).ToList();

    /// <summary>Children relations, parents' tables first, so children of children follow in one pass.</summary>
    public IReadOnlyList<ForeignKey> ChildKeys => Graph.ClosureOrder().Reverse().Where(ChildrenOf.ContainsKey).ToList();

    /// <summary>
    /// Parent keys whose parents arrive anyway as the children of a parent of theirs, with the key that
    /// fetches that parent instead: a shipment's reference to its order line, (order_id, line_no), where
    /// lines come with their orders, is routed through shipment(order_id) to orders(id). Closure fetches
    /// the orders by that key, children expansion brings their lines, and only then is the reference
    /// itself looked at, for lines still missing (beyond max_per_parent). Followed directly it would
    /// fetch the lines twice: by the composite key, which production can only narrow column by column
    /// (every line of those orders whose number appears anywhere in the batch), and again with their
    /// orders. Every order fetched this way is one the lines would have brought as their parent, so the
    /// developer database holds the same rows either way.
    /// </summary>
    public IReadOnlyDictionary<ForeignKey, ForeignKey> Routes { get; }

    Dictionary<ForeignKey, ForeignKey> FindRoutes()
    {
        var parentKeys = ParentKeys;
        var followed = parentKeys.ToHashSet();
        var routes = new Dictionary<ForeignKey, ForeignKey>();
        foreach (var fk in parentKeys)
        {
            // A virtual key may point at rows production lacks; a masked key's local values are not production's.
            if (fk.Virtual || fk.IsSelfReference || fk.ParentColumns.Any(c => Masks.IsMasked(fk.Parent, c))) continue;
            var relation = ChildrenOf.Keys
                .Where(r => r.Child == fk.Parent && r.Parent != fk.Parent && r.Parent != fk.Child && followed.Contains(r)
                            && !r.ParentColumns.Any(c => Masks.IsMasked(r.Parent, c))
                            && r.ChildColumns.All(c => fk.ParentColumns.Contains(c)))
                .OrderBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault();
            if (relation is null) continue;
            var parentColumns = fk.ParentColumns.ToList();
            var childColumns = relation.ChildColumns.Select(c => fk.ChildColumns[parentColumns.IndexOf(c)]).ToList();
            routes[fk] = new ForeignKey($"{fk.Name} by way of {relation.Parent}", fk.Child, childColumns, relation.Parent, relation.ParentColumns, Virtual: true);
        }
        return routes;
    }

    void CheckColumns(ColumnsRef reference)
    {
        if (!Tables.TryGetValue(reference.Table, out var table))
            throw Error($"relations: {reference.Table} is not a table in the developer database");
        var unknown = reference.Columns.FirstOrDefault(c => !table.AllColumns.Contains(c));
        if (unknown is not null)
            throw Error($"relations: {reference.Table} has no column {Sql.Quote(unknown)}");
    }

    DevDbException Error(string message) =>
        new($"{Path.GetFileName(Config.SourcePath ?? DevDbSettings.DefaultConfigFile)}: {message}", ExitCodes.BadInput);
}
