/**
 * One planted fault per model rule: a clean document, one change, and the rule that must find it.
 * `also` lists rules the same change rightly triggers too (anything else is a false positive).
 */
import type { VanBanDocument } from '../../../core/model/types';
import { clause, dash, makeLetter, makePlan, para, plus, point, section } from '../../fixtures/documents';

export interface ModelCase {
  rule: string;
  name: string;
  base: () => VanBanDocument;
  plant: (doc: VanBanDocument) => void;
  also?: string[];
  /** The fix (when the rule has one) must remove the finding. */
}

const plan = makePlan;
const letter = makeLetter;
const party = (): VanBanDocument =>
  makePlan({
    variant: 'party',
    header: { parentAgency: 'TỈNH ỦY QUẢNG TRỊ', issuingAgency: 'BAN TUYÊN GIÁO', issuingAgencyInText: 'Ban Tuyên giáo Tỉnh ủy', agencyCode: 'BTGTU' },
    signature: { collective: '', authority: 'KT', headTitle: 'TRƯỞNG BAN', signerTitle: 'PHÓ TRƯỞNG BAN' },
    archive: 'VP.BTGTU',
  });

export const MODEL_CASES: ModelCase[] = [
  { rule: 'number.blank', name: 'number not yet assigned', base: plan, plant: (d) => void (d.header.number = null) },
  { rule: 'code.agency-missing', name: 'agency code blank', base: plan, plant: (d) => void (d.header.agencyCode = '') },
  { rule: 'code.year', name: 'year typed into the agency code', base: plan, plant: (d) => void (d.header.agencyCode = 'UBND-2023') },
  { rule: 'code.year', name: 'year typed into the unit code', base: letter, plant: (d) => void (d.header.unitCode = 'TTBCXB/2021') },
  { rule: 'code.form', name: 'slash inside the agency code', base: plan, plant: (d) => void (d.header.agencyCode = 'UBND/VX') },
  { rule: 'code.form', name: 'space inside the unit code', base: letter, plant: (d) => void (d.header.unitCode = 'TT BCXB') },
  { rule: 'date.blank', name: 'day and month blank', base: plan, plant: (d) => void (d.header.date = { day: null, month: null, year: 2023 }) },
  { rule: 'date.impossible', name: '30 February', base: plan, plant: (d) => void (d.header.date = { day: 30, month: 2, year: 2023 }) },
  { rule: 'date.impossible', name: '29 February in a common year', base: letter, plant: (d) => void (d.header.date = { day: 29, month: 2, year: 2021 }) },
  { rule: 'date.place-missing', name: 'no place', base: plan, plant: (d) => void (d.header.place = '') },
  { rule: 'header.agency-missing', name: 'issuing agency blank', base: plan, plant: (d) => void (d.header.issuingAgency = '') },
  { rule: 'marks.value', name: 'unknown secrecy mark', base: plan, plant: (d) => void ((d.header as { secrecy: unknown }).secrecy = 'BÍ MẬT') },
  { rule: 'marks.value', name: 'unknown urgency mark', base: letter, plant: (d) => void ((d.header as { urgency: unknown }).urgency = 'GẤP') },
  {
    rule: 'variant.party-agency',
    name: 'Party body in the state layout',
    base: plan,
    plant: (d) => void Object.assign(d.header, { parentAgency: 'TỈNH ỦY QUẢNG TRỊ', issuingAgency: 'BAN TUYÊN GIÁO' }),
  },
  {
    rule: 'variant.state-agency',
    name: 'state body in the Party layout',
    base: party,
    plant: (d) => void Object.assign(d.header, { parentAgency: 'UBND TỈNH QUẢNG TRỊ', issuingAgency: 'SỞ NỘI VỤ' }),
  },
  { rule: 'summary.missing', name: 'summary blank', base: plan, plant: (d) => void (d.summary = '  ') },
  { rule: 'summary.vv-prefix', name: 'plan summary with V/v', base: plan, plant: (d) => void (d.summary = 'V/v chuyển đổi số năm 2023') },
  { rule: 'summary.vv-prefix', name: 'letter summary with V/v typed', base: letter, plant: (d) => void (d.summary = 'V/v tuyên truyền cải cách hành chính') },
  { rule: 'summary.vv-prefix', name: 'plan summary with Về việc', base: plan, plant: (d) => void (d.summary = 'Về việc chuyển đổi số năm 2023') },
  { rule: 'summary.trailing-period', name: 'summary ending with a full stop', base: plan, plant: (d) => void (d.summary = 'Chuyển đổi số năm 2023.') },
  { rule: 'addressees.missing', name: 'letter without Kính gửi', base: letter, plant: (d) => void (d.addressees = []), also: ['recipients.same-as-above-stray'] },
  { rule: 'legal-basis.prefix', name: 'legal basis not starting with Căn cứ', base: plan, plant: (d) => void (d.legalBasis[1] = 'Theo Nghị định số 30/2020/NĐ-CP') },
  { rule: 'body.empty', name: 'no body and no closing', base: letter, plant: (d) => void Object.assign(d, { body: [], closing: '' }) },
  {
    rule: 'structure.hierarchy',
    name: 'section inside a clause',
    base: plan,
    plant: (d) => void (d.body[1] = section('NỘI DUNG', [clause('Phân công', [section('PHỤ TRÁCH', [clause('Sở')])])])),
    // The page shows the section numbered after the clause: out of sequence there too.
    also: ['headings.sequence'],
  },
  {
    rule: 'structure.hierarchy',
    name: 'dash inside a plus item',
    base: letter,
    plant: (d) => void (d.body[2] = dash('Mục tiêu', [plus('Thứ nhất', [dash('Chi tiết')])])),
  },
  { rule: 'structure.point-outside-clause', name: 'point directly in a section', base: plan, plant: (d) => void (d.body[1] = section('NỘI DUNG', [point('Tuyên truyền.')])) },
  { rule: 'structure.point-outside-clause', name: 'point at the top level', base: letter, plant: (d) => void d.body.push(point('Nội dung khác.')) },
  { rule: 'structure.plus-outside-dash', name: 'plus directly in a clause', base: plan, plant: (d) => void (d.body[1] = section('NỘI DUNG', [clause('Phân công', [plus('Sở Nội vụ.')])])) },
  { rule: 'structure.empty-section', name: 'section without content', base: plan, plant: (d) => void d.body.splice(1, 0, section('KINH PHÍ')) },
  { rule: 'structure.empty-heading', name: 'dash item without text', base: letter, plant: (d) => void d.body.push(dash('')) },
  {
    rule: 'structure.mixed-clause-titles',
    name: 'titled and sentence clauses side by side',
    base: plan,
    plant: (d) => void (d.body[1] = section('NỘI DUNG', [clause('Phân công'), clause('Các sở thực hiện nhiệm vụ được giao.', [], { titled: false })])),
  },
  { rule: 'text.placeholder', name: 'placeholder left in the body', base: plan, plant: (d) => void d.body.push(para('Giao [cơ quan đầu mối] theo dõi.')) },
  { rule: 'text.placeholder', name: 'placeholder left in the summary', base: letter, plant: (d) => void (d.summary = 'tuyên truyền [nội dung] năm 2021') },
  { rule: 'closing.missing', name: 'closing blank', base: plan, plant: (d) => void (d.closing = '') },
  { rule: 'signature.head-title-missing', name: 'no head title', base: plan, plant: (d) => void (d.signature.headTitle = '') },
  { rule: 'signature.signer-title-missing', name: 'KT without the signer title', base: plan, plant: (d) => void (d.signature.signerTitle = '') },
  { rule: 'signature.signer-title-missing', name: 'TL without the signer title', base: letter, plant: (d) => void Object.assign(d.signature, { authority: 'TL', signerTitle: '' }) },
  { rule: 'signature.prefix-typed', name: 'KT. typed into the head title', base: letter, plant: (d) => void Object.assign(d.signature, { authority: null, headTitle: 'KT. GIÁM ĐỐC' }) },
  { rule: 'signature.prefix-typed', name: 'TM. typed into the collective', base: plan, plant: (d) => void (d.signature.collective = 'TM. ỦY BAN NHÂN DÂN') },
  {
    rule: 'signature.missing',
    name: 'no signature at all',
    base: plan,
    plant: (d) => void (d.signature = { collective: '', authority: null, headTitle: '', signerTitle: '', signerName: '' }),
  },
  { rule: 'signature.name-missing', name: 'no signer name', base: plan, plant: (d) => void (d.signature.signerName = '') },
  { rule: 'signature.academic-title', name: 'TS. before the name', base: plan, plant: (d) => void (d.signature.signerName = 'TS. Nguyễn Văn A') },
  { rule: 'signature.academic-title', name: 'PGS.TS. before the name', base: letter, plant: (d) => void (d.signature.signerName = 'PGS.TS. Lê Hoàng Đức') },
  { rule: 'signature.academic-title', name: 'ThS. before the name', base: plan, plant: (d) => void (d.signature.signerName = 'ThS. Nguyễn Văn A') },
  { rule: 'signature.name-case', name: 'name in capitals', base: plan, plant: (d) => void (d.signature.signerName = 'NGUYỄN VĂN A') },
  { rule: 'recipients.missing', name: 'no recipients', base: plan, plant: (d) => void (d.recipients = []) },
  { rule: 'recipients.archive-missing', name: 'no archive line', base: plan, plant: (d) => void (d.archive = '') },
  { rule: 'recipients.archive-vt', name: 'archive without VT', base: plan, plant: (d) => void (d.archive = 'NCKS') },
  { rule: 'recipients.same-as-above', name: 'letter without Như trên', base: letter, plant: (d) => void (d.recipients = ['Giám đốc Sở (để b/c)']) },
  { rule: 'recipients.same-as-above-stray', name: 'Như trên in a plan', base: plan, plant: (d) => void d.recipients.unshift('Như trên') },
  { rule: 'appendix.unreferenced', name: 'appendix never mentioned', base: plan, plant: (d) => void (d.body[2] = section('TỔ CHỨC THỰC HIỆN', [clause('Các sở thực hiện.', [], { titled: false })])) },
  {
    rule: 'appendix.unreferenced',
    name: 'second appendix never mentioned',
    base: plan,
    plant: (d) => {
      d.appendices.push({ ...d.appendices[0], id: 'appendix-2', title: 'DANH MỤC KHÁC' });
      d.body[2] = section('TỔ CHỨC THỰC HIỆN', [clause('Các sở thực hiện nhiệm vụ tại Phụ lục I.', [], { titled: false })]);
    },
  },
  { rule: 'appendix.title-missing', name: 'appendix without title', base: plan, plant: (d) => void (d.appendices[0].title = '') },
];
