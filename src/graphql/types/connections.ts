import { connectionType } from '../connection';
import { Actor } from './Actor';
import { Agreement } from './Agreement';
import { Discrepancy } from './Discrepancy';
import { Meeting } from './Meeting';
import { Source } from './Source';
import { Statement } from './Statement';

export const SourceConnection = connectionType('Source', Source);
export const ActorConnection = connectionType('Actor', Actor);
export const StatementConnection = connectionType('Statement', Statement);
export const MeetingConnection = connectionType('Meeting', Meeting);
export const AgreementConnection = connectionType('Agreement', Agreement);
export const DiscrepancyConnection = connectionType('Discrepancy', Discrepancy);
