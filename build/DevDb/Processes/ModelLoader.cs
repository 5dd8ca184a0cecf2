using DevDb.Common;
using DevDb.Connections;
using DevDb.Graph;

namespace DevDb.Processes;

/// <summary>Reads the developer database's catalog once and resolves the config's relations against it.</summary>
public static class ModelLoader
{
    public static string[] MirroredSchemas(DevDbSettings settings, Database dev)
    {
        SchemaProcess.RequireSetUp(settings, dev);
        var schemas = dev.Query(settings.Sql.Load("shared/mirrored_schemas.sql"), r => r.GetString(0)).ToArray();
        if (schemas.Length == 0)
            throw new DevDbException("the developer database has no schema yet; run ./build.sh --target=UpdateDevDbSchema", ExitCodes.BadInput);
        return schemas;
    }

    /// <summary>The developer database's model, over the schemas it mirrors.</summary>
    public static SamplingModel Load(DevDbSettings settings, Database dev) => Read(settings, dev, MirroredSchemas(settings, dev));

    /// <summary>A model from any database's catalog: the developer database's, or production's for a plan.</summary>
    public static SamplingModel Read(DevDbSettings settings, Database db, string[] schemas)
    {
        var sql = settings.Sql;
        var tables = db.Query(sql.Load("populate/tables.sql"),
            r => new LocalTable(new TableName(r.GetString(0), r.GetString(1)), r.GetFieldValue<string[]>(2), r.GetFieldValue<string[]>(3),
                r.GetFieldValue<string[]>(4), r.GetFieldValue<string[]>(5), r.GetFieldValue<string[]>(6), r.GetFieldValue<string[]>(7))
            {
                BaseTypes = r.GetFieldValue<string[]>(8), TypeCategories = r.GetFieldValue<string[]>(9), CheckedColumns = r.GetFieldValue<string[]>(10),
                ColumnChecks = r.GetFieldValue<string[]>(11).Select(c => c.Split('\t', 2)).Where(c => c.Length == 2).Select(c => (c[0], c[1])).ToList(),
            },
            (object)schemas);
        var keys = db.Query(sql.Load("populate/foreign_keys.sql"),
            r => new ForeignKey(r.GetString(0), new TableName(r.GetString(1), r.GetString(2)), r.GetFieldValue<string[]>(3),
                new TableName(r.GetString(4), r.GetString(5)), r.GetFieldValue<string[]>(6)),
            (object)schemas);
        return new SamplingModel(tables, keys, settings.Config);
    }
}

/// <summary>A sequence and the columns that draw from it.</summary>
public sealed record SequenceUse(TableName Sequence, IReadOnlyList<(TableName Table, string Column)> Columns)
{
    public static List<SequenceUse> Load(DevDbSettings settings, Database dev, string[] schemas) =>
        dev.Query(settings.Sql.Load("populate/sequences.sql"),
                r => (sequence: new TableName(r.GetString(0), r.GetString(1)), table: new TableName(r.GetString(2), r.GetString(3)), column: r.GetString(4)),
                (object)schemas)
            .GroupBy(u => u.sequence)
            .Select(g => new SequenceUse(g.Key, g.Select(u => (u.table, u.column)).ToList()))
            .ToList();

    /// <summary>The largest value any of its columns holds, or null when they are empty.</summary>
    public long? MaxValue(DevDbSettings settings, Database dev)
    {
        long? max = null;
        foreach (var (table, column) in Columns)
        {
            var value = dev.Scalar<long?>(settings.Sql.Render("populate/max_value.sql", new()
            {
                ["table"] = table,
                ["column"] = SqlFragment.Identifier(column),
            }));
            if (value is not null && (max is null || value > max)) max = value;
        }
        return max;
    }
}
