namespace DevDb.Common;

/// <summary>A table's column, as masking rules name it: <c>public.customer.email</c>.</summary>
public readonly record struct ColumnName(TableName Table, string Column) : IComparable<ColumnName>
{
    public override string ToString() => $"{Table}.{(Column.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_') ? Column : Sql.Quote(Column))}";

    public int CompareTo(ColumnName other)
    {
        var byTable = Table.CompareTo(other.Table);
        return byTable != 0 ? byTable : string.CompareOrdinal(Column, other.Column);
    }

    /// <summary>Parses <c>schema.table.column</c> (schema required), honouring double quotes.</summary>
    public static ColumnName Parse(string text)
    {
        var parts = TableName.SplitQualifiedName(text);
        if (parts.Count != 3) throw new DevDbException($"'{text}' is not a column; write schema.table.column", ExitCodes.BadInput);
        return new ColumnName(new TableName(parts[0], parts[1]), parts[2]);
    }
}
