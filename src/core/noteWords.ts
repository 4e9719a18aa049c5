/** Words that notes about people share: the people in someone's life, and the roles people have. */

/** Relatives and the other people (and pets) of someone's life, as regular-expression alternatives. */
export const RELATIVES =
	"father|mother|mum|mom|dad|husband|wife|partner|spouse|brother|sister|sons?|daughters?|child|children|kids?|boys?|girls?|twins|bab(?:y|ies)|parents?|grand(?:mother|father|ma|pa|parents?)|granny|aunt|uncle|cousin|friend|best friend|fianc[eé]e?|girlfriend|boyfriend|dogs?|cats?|pet";

/** What people are at work, as regular-expression alternatives. */
export const ROLES =
	"engineer|engineering|manager|director|head|lead|vp|cto|ceo|coo|cfo|cpo|chief|designer|researcher|scientist|analyst|architect|developer|consultant|partner|principal|founder|president|officer|advocate|recruiter|writer|editor|professor|lecturer|teacher|tutor|pm|em|sre|staff|senior|junior|intern|coach|mentor|mentee|owner|product|marketing|sales|counsel|nurse|doctor|physician|lawyer|accountant|fellow|boss|client|customer|investor|advis[eo]r|candidate|contractor|vendor|supplier|student|supervisor|reviewer|agent|landlord|landlady";

/** A whole word from a list of alternatives, in any case. */
export function wordIn(alternatives: string, flags = "i"): RegExp {
	return new RegExp(`^(?:${alternatives})$`, flags);
}
