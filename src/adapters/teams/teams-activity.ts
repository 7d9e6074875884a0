// The fields of a Teams activity the adapter reads, checked with zod. Everything else passes untouched.
import { z } from "zod";

const account = z.object({
  id: z.string(),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

const mention = z.object({
  type: z.literal("mention"),
  mentioned: z.object({ id: z.string() }),
  text: z.string().optional(),
});

export const teamsActivitySchema = z.object({
  type: z.string(),
  id: z.string().optional(),
  name: z.string().optional(),
  action: z.string().optional(),
  text: z.string().optional(),
  value: z.unknown().optional(),
  locale: z.string().optional(),
  serviceUrl: z.string(),
  from: account,
  recipient: account,
  conversation: z.object({
    id: z.string(),
    tenantId: z.string().optional(),
    conversationType: z.string().optional(),
  }),
  membersAdded: z.array(account).optional(),
  entities: z.array(z.unknown()).optional(),
  channelData: z
    .object({
      tenant: z.object({ id: z.string() }).optional(),
      channel: z.object({ id: z.string() }).optional(),
      team: z.object({ id: z.string() }).optional(),
    })
    .optional(),
});

export type TeamsActivity = z.infer<typeof teamsActivitySchema>;

/** Only the bot's own mention entities: mentions of people stay in the text (e.g. `bind @Anna`). */
export function botMentionTexts(activity: TeamsActivity): string[] {
  const texts: string[] = [];
  for (const entity of activity.entities ?? []) {
    const parsed = mention.safeParse(entity);
    if (parsed.success && parsed.data.mentioned.id === activity.recipient.id && parsed.data.text) {
      texts.push(parsed.data.text);
    }
  }
  return texts;
}
