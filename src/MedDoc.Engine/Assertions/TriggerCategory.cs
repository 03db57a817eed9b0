namespace MedDoc.Engine.Assertions;

/// <summary>What an assertion trigger does (Rules/assertions.json "category").</summary>
public enum TriggerCategory
{
    /// <summary>"no pneumothorax" → negated.</summary>
    Negated,
    /// <summary>"cannot exclude pneumonia" → possible.</summary>
    Possible,
    /// <summary>"rule out pneumonia" → hypothetical.</summary>
    Hypothetical,
    /// <summary>"history of myocardial infarction" → historical.</summary>
    Historical,
    /// <summary>"mother has breast cancer" → family.</summary>
    Family,
    /// <summary>Looks like a trigger but is not: "no change in the small left effusion" stays present.</summary>
    Pseudo,
    /// <summary>Ends every open scope: "no effusion but cardiomegaly" → cardiomegaly present.</summary>
    Terminate,
}
